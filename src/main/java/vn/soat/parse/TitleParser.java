package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.soat.model.TitleBlock;

/** Finds the {@code BÁO CÁO} type line and the summary line(s) under it. */
final class TitleParser {

    private static final int SEARCH_LIMIT = 60;
    private static final int MAX_SUMMARY_LINES = 4;
    private static final Pattern BODY_START = Pattern.compile(
            "^(kinh gui|thuc hien|can cu|theo |trien khai|phuc dap|tra loi|tiep nhan|nham |de |[ivx]+\\s*[.)]|\\d+\\s*[.)]).*");

    /** Index of the type line and of the first unit after the title block. */
    record Found(TitleBlock title, int typeIndex, int bodyStart) {
    }

    private TitleParser() {
    }

    static Found parse(List<Unit> units, SectionIndex sections) {
        int limit = Math.min(units.size(), SEARCH_LIMIT);
        for (int i = 0; i < limit; i++) {
            Unit unit = units.get(i);
            String letters = unit.folded().replaceAll("[^a-z0-9 ]", "").strip();
            if (letters.equals("bao cao")) {
                return withSummary(units, i, sections, "");
            }
            // "BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2024": type and summary typed on one capitalised line.
            if (letters.startsWith("bao cao ") && VietText.isUpperCase(unit.text()) && unit.text().strip().startsWith("B")) {
                String rest = unit.text().strip().substring("BÁO CÁO".length()).strip();
                return withSummary(units, i, sections, rest);
            }
        }
        Unit first = units.stream().filter(u -> !u.isBlank()).findFirst().orElse(units.get(0));
        return new Found(new TitleBlock(false, "", "", first.location(""), first.text()), -1, 0);
    }

    private static Found withSummary(List<Unit> units, int typeIndex, SectionIndex sections, String sameLine) {
        List<String> summary = new ArrayList<>();
        if (!sameLine.isEmpty()) {
            summary.add(sameLine);
        }
        int i = typeIndex + 1;
        while (i < units.size() && units.get(i).isBlank()) {
            i++;
        }
        for (; i < units.size() && summary.size() < MAX_SUMMARY_LINES; i++) {
            Unit unit = units.get(i);
            if (unit.isBlank() || BODY_START.matcher(unit.folded()).matches() || unit.text().matches("[-_=.*\\s]+")) {
                break;
            }
            summary.add(unit.text());
        }
        Unit type = units.get(typeIndex);
        String text = String.join(" ", summary).replaceAll("\\s+", " ").strip();
        String typeLine = sameLine.isEmpty() ? type.text() : "BÁO CÁO";
        String excerpt = typeLine + (text.isEmpty() ? "" : " — " + text);
        return new Found(new TitleBlock(true, typeLine, text, type.location(""), excerpt), typeIndex, i);
    }
}
