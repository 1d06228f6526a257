package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.ListLine;
import vn.soat.model.Recipients;
import vn.soat.text.Bullet;
import vn.soat.text.VietText;

/**
 * The end of a report: the {@code Nơi nhận:} block and the signature block. In PDF and DOCX
 * they sit side by side, so their lines may arrive interleaved; units are classified one by one
 * rather than read as contiguous blocks.
 */
final class ClosingParser {

    static final Pattern AUTHORITY_PREFIX = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\s*\\.\\s*(\\S.*)$");
    /** The văn thư keeps a copy: "VT", or the words written out ("Lưu Văn thư", a form slip but a copy kept). */
    private static final Pattern VT = Pattern.compile("\\bVT\\b|\\bvăn thư\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int TAIL = 60;
    private static final int AUTHORITY_ABOVE = 6;

    private ClosingParser() {
    }

    /**
     * Index of the first unit of the closing (Nơi nhận or authority lines), or the end. The first
     * {@code Nơi nhận:} after the body wins wherever it is: annexes (Phụ lục, an attached Quy chế) and
     * their tables follow the signature and are not the end of the document's own content.
     */
    static int closingStart(List<Unit> units, int bodyStart, TitleRegistry titles) {
        for (int i = bodyStart; i < units.size(); i++) {
            if (isRecipientsHeading(units.get(i)) || startsAuthorityBlock(units, i)) {
                int start = i;
                // In a text layout the authority lines may come first, just above Nơi nhận.
                for (int j = i - 1; j >= Math.max(bodyStart, i - AUTHORITY_ABOVE); j--) {
                    if (isAuthorityLine(units.get(j), titles)) {
                        start = j;
                    } else if (!units.get(j).isBlank()) {
                        break;
                    }
                }
                return start;
            }
        }
        int tailStart = Math.max(bodyStart, units.size() - TAIL);
        for (int i = tailStart; i < units.size(); i++) {
            if (isRecipientsHeading(units.get(i)) || isAuthorityLine(units.get(i), titles)) {
                return i;
            }
        }
        return units.size();
    }

    /** An authority marker on a line of its own: {@code TM.}, {@code KT .}. */
    private static final Pattern MARKER_ALONE = Pattern.compile("(TM|KT|TL|TUQ|Q)\\s*\\.");

    /**
     * {@code TM. CHÍNH PHỦ}, {@code KT. BỘ TRƯỞNG}…, or the marker alone on its line above the title
     * ({@code TM.} / {@code ỦY BAN NHÂN DÂN}): an authority line no body sentence starts with.
     */
    private static boolean startsAuthorityBlock(List<Unit> units, int i) {
        String text = units.get(i).text().strip();
        Matcher prefix = AUTHORITY_PREFIX.matcher(text);
        if (prefix.matches()) {
            return VietText.isUpperCase(prefix.group(2));
        }
        if (MARKER_ALONE.matcher(text).matches()) {
            return i + 1 < units.size() && VietText.isUpperCase(units.get(i + 1).text());
        }
        return false;
    }

    static boolean isRecipientsHeading(Unit unit) {
        return unit.folded().startsWith("noi nhan");
    }

    static boolean isAuthorityLine(Unit unit, TitleRegistry titles) {
        String text = unit.text().strip();
        Matcher prefix = AUTHORITY_PREFIX.matcher(text);
        if (prefix.matches()) {
            return VietText.isUpperCase(prefix.group(2));
        }
        return titles.isTitle(text);
    }

    static boolean isDashLine(Unit unit) {
        return Bullet.starts(unit.text());
    }

    /** The Nơi nhận block, and its lines as written for the punctuation rules. */
    record Read(Recipients recipients, List<ListLine> lines) {
    }

    static Optional<Read> recipients(List<Unit> units, int from, TitleRegistry titles) {
        for (int i = from; i < units.size(); i++) {
            if (isRecipientsHeading(units.get(i))) {
                return Optional.of(readRecipients(units, i, titles));
            }
        }
        return Optional.empty();
    }

    private static Read readRecipients(List<Unit> units, int headingIndex, TitleRegistry titles) {
        Unit heading = units.get(headingIndex);
        List<ListLines.Written> written = new ArrayList<>();
        String inline = heading.text().replaceFirst("(?i)^\\s*nơi nhận\\s*:?", "").strip();
        ListLines.split(inline).forEach(part -> written.add(new ListLines.Written(part, heading)));
        for (int i = headingIndex + 1; i < units.size() && i < headingIndex + 40; i++) {
            Unit unit = units.get(i);
            if (unit.isBlank() || isAuthorityLine(unit, titles)) {
                continue;
            }
            boolean archived = written.stream().anyMatch(l -> VietText.fold(Bullet.strip(l.text())).startsWith("luu"));
            String lastText = written.isEmpty() ? "" : written.get(written.size() - 1).text();
            if (Bullet.starts(unit.text()) || unit.folded().startsWith("luu")) {
                ListLines.split(unit.text()).forEach(part -> written.add(new ListLines.Written(part, unit)));
            } else if (!written.isEmpty() && !looksLikeName(unit)
                    && (!endsRecipient(lastText) || ListLines.continues(written.get(written.size() - 1), unit))) {
                written.add(ListLines.joined(written.remove(written.size() - 1), unit));
            } else if (archived) {
                break;
            } else if (endsRecipient(unit.text().strip()) && !looksLikeName(unit)) {
                // Word's automatic bullets are not text: a recipient line may come without its dash.
                written.add(new ListLines.Written(unit.text().strip(), unit));
            }
        }
        List<String> lines = written.stream().map(w -> Bullet.strip(w.text())).toList();
        String archive = lines.stream().filter(l -> VietText.fold(l).startsWith("luu")).findFirst().orElse("");
        boolean nhuTren = lines.stream().anyMatch(l -> VietText.fold(l).startsWith("nhu tren"));
        Recipients recipients = new Recipients(List.copyOf(lines), archive, VT.matcher(archive).find(), nhuTren,
                heading.location(""), String.join("\n", lines.isEmpty() ? List.of(heading.text()) : lines));
        return new Read(recipients, ListLines.facts(ListLine.NOI_NHAN, written));
    }

    private static boolean endsRecipient(String line) {
        return line.endsWith(";") || line.endsWith(".") || line.endsWith(",");
    }

    static boolean looksLikeName(Unit unit) {
        return PersonName.matches(unit.text());
    }
}
