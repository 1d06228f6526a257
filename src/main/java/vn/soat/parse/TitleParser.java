package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.soat.model.TitleBlock;
import vn.soat.text.VietText;
import vn.soat.text.Regex;

/**
 * Finds the type line ({@code BÁO CÁO}, {@code KẾ HOẠCH}, {@code QUYẾT ĐỊNH}…) and the summary (trích
 * yếu) under it, or the {@code V/v …} summary of a công văn, which has no type line (PL-I Mục II.5).
 */
final class TitleParser {

    private static final int SEARCH_LIMIT = 60;
    private static final Pattern NOT_TYPE_LINE_CHARACTER = Pattern.compile("[^a-z0-9/ ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int LETTER_SUMMARY_LIMIT = 30;
    private static final int MAX_SUMMARY_LINES = 4;
    private static final int LETTER_HEADER_AFTER = 12;
    private static final Pattern BODY_START = Pattern.compile(
            "^(kinh gui|thuc hien|can cu|theo |trien khai|phuc dap|tra loi|tiep nhan|nham |de |dieu \\d|"
                    + "[ivx]+\\s*[.)]|\\d+\\s*[.)]).*");
    /** {@code V/v}, {@code V/v:}, {@code Về việc}: the summary of a công văn, on the left under its number. */
    private static final Pattern LETTER_SUMMARY = Regex.compile("^(v\\s*/\\s*v|ve viec)\\b\\s*:?\\s*(.*)$");
    private static final Pattern LETTER_PREFIX = Pattern.compile("^(?:V\\s*/\\s*v|Về việc)\\s*:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RULE_LINE = Pattern.compile("[-_=.*\\s]+");

    /**
     * The title block; the type read from the type line, if any; the index of the type line or of
     * the công văn's summary (-1 when neither is there); where the body starts.
     */
    record Found(TitleBlock title, Optional<DocumentTypes.Type> type, boolean letterSummary, int typeIndex, int bodyStart) {
    }

    private TitleParser() {
    }

    static Found parse(List<Unit> units, DocumentTypes types) {
        int limit = Math.min(units.size(), SEARCH_LIMIT);
        for (int i = 0; i < limit; i++) {
            Unit unit = units.get(i);
            String letters = SPACES.matcher(NOT_TYPE_LINE_CHARACTER.matcher(unit.folded()).replaceAll("")).replaceAll(" ").strip();
            Optional<DocumentTypes.Type> type = types.byTypeLine(letters);
            if (type.isPresent() && VietText.isUpperCase(unit.text())) {
                String name = type.get().foldedName();
                if (letters.equals(name)) {
                    return withSummary(units, i, "", type);
                }
                // "BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2024": type and summary typed on one capitalised line.
                String[] words = unit.text().strip().split("\\s+");
                int nameWords = name.split(" ").length;
                return withSummary(units, i, String.join(" ", java.util.Arrays.copyOfRange(words, nameWords, words.length)), type);
            }
            var letter = LETTER_SUMMARY.matcher(unit.folded().strip());
            if (i < LETTER_SUMMARY_LIMIT && letter.matches()) {
                String text = unit.text().strip();
                String rest = LETTER_PREFIX.matcher(text).replaceFirst("").strip();
                Found found = withSummary(units, i, rest, Optional.empty());
                return new Found(new TitleBlock(false, "", found.title().summary(), unit.location(""), text),
                        Optional.empty(), true, i, letterBodyStart(units, found.bodyStart()));
            }
            if (unit.folded().startsWith("kinh gui")) {
                break;
            }
        }
        Unit first = units.stream().filter(u -> !u.isBlank()).findFirst().orElse(units.get(0));
        return new Found(new TitleBlock(false, "", "", first.location(""), first.text()), Optional.empty(), false, -1, 0);
    }

    /**
     * Where a công văn's body starts: at Kính gửi or the first sentence. A web page or a PDF may put the
     * header's right column (Quốc hiệu, Tiêu ngữ, date) after the V/v summary; those lines stay header.
     */
    private static int letterBodyStart(List<Unit> units, int afterSummary) {
        for (int i = afterSummary; i < Math.min(units.size(), afterSummary + LETTER_HEADER_AFTER); i++) {
            Unit unit = units.get(i);
            if (unit.isBlank() || RULE_LINE.matcher(unit.text()).matches() || HeaderParser.isHeaderLine(unit)) {
                continue;
            }
            return i;
        }
        return afterSummary;
    }

    /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" under a Quyết định's summary: the issuing authority, not the summary. */
    private static boolean capitalsAfterSummary(List<String> summary, Unit unit) {
        return !summary.isEmpty() && !VietText.isUpperCase(summary.get(summary.size() - 1)) && VietText.isUpperCase(unit.text());
    }

    private static Found withSummary(List<Unit> units, int typeIndex, String sameLine, Optional<DocumentTypes.Type> type) {
        List<String> summary = new ArrayList<>();
        if (!sameLine.isBlank()) {
            summary.add(sameLine);
        }
        int i = typeIndex + 1;
        while (i < units.size() && units.get(i).isBlank() && sameLine.isEmpty()) {
            i++;
        }
        for (; i < units.size() && summary.size() < MAX_SUMMARY_LINES; i++) {
            Unit unit = units.get(i);
            // A capitalised summary may itself begin "THỰC HIỆN NGHỊ QUYẾT …": it is still the summary.
            boolean capitalSummary = summary.isEmpty() && VietText.isUpperCase(unit.text()) && !unit.folded().startsWith("kinh gui");
            if (unit.isBlank() || (BODY_START.matcher(unit.folded()).matches() && !capitalSummary) || RULE_LINE.matcher(unit.text()).matches()
                    || HeaderParser.isHeaderLine(unit) || capitalsAfterSummary(summary, unit)) {
                break;
            }
            summary.add(unit.text());
        }
        Unit line = units.get(typeIndex);
        String text = String.join(" ", summary).replaceAll("\\s+", " ").strip();
        String typeLine = type.map(DocumentTypes.Type::name).map(n -> sameLine.isEmpty() ? line.text().strip() : n).orElse("");
        String excerpt = typeLine + (text.isEmpty() ? "" : " — " + text);
        return new Found(new TitleBlock(type.isPresent(), typeLine, text, line.location(""), excerpt), type, false,
                typeIndex, i);
    }
}
