package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Header lines that a web page or a narrow table cell broke in two, joined back before the header is read. */
final class BrokenHeaderLines {

    private static final Pattern DATE_WITHOUT_YEAR = Pattern.compile("ngày\\s*\\d*[\\s.…_]*(?:tháng\\s*\\d*[\\s.…_]*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** One cell of a header table a web page flattened into {@code cell | cell |}; {@code ||} is an empty cell. */
    private static final Pattern CELL = Pattern.compile("[^|]+");
    /** The rest of a date broken after "ngày": "12 tháng 3 năm 2025", "tháng …", "năm …" (folded). */
    private static final Pattern MONTH_OR_YEAR_NEXT = vn.soat.text.Regex.compile("^(\\d{1,2}\\s*thang|thang|nam)\\b.*");

    private BrokenHeaderLines() {
    }

    /**
     * Cuts each line at the table-cell separators a web page left when it flattened the header table
     * ({@code ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |}, {@code Số: 130/KH-UBND |}): a {@code |}
     * never belongs to the Quốc hiệu, the Tiêu ngữ or a số/ký hiệu. Each non-blank cell becomes a unit with its own
     * offsets; lines without a {@code |} come back unchanged.
     */
    static List<Unit> cells(List<Unit> units) {
        List<Unit> cells = new ArrayList<>();
        for (Unit unit : units) {
            String text = unit.text();
            if (text.indexOf('|') < 0) {
                cells.add(unit);
                continue;
            }
            Matcher cell = CELL.matcher(text);
            while (cell.find()) {
                String content = cell.group();
                if (!content.isBlank()) {
                    int lead = content.length() - content.stripLeading().length();
                    int trail = content.length() - content.stripTrailing().length();
                    cells.add(Unit.of(unit.index(), content.strip(), unit.line(), unit.page(),
                            unit.start() + cell.start() + lead, unit.start() + cell.end() - trail));
                }
            }
        }
        return cells;
    }

    /**
     * Web pages and narrow table cells break header lines: {@code Số:} / {@code 09/2011/QĐ-UBND},
     * {@code CỘNG} / {@code HÒA XÃ HỘI …}, {@code Quảng} / {@code Ngãi, ngày …}. A fragment that only makes
     * sense with the next line is joined to it.
     */
    static List<Unit> rejoin(List<Unit> units) {
        List<Unit> joined = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            int next = nextWithLetters(units, i + 1);
            if (next > 0 && breaksBefore(unit, units.get(next))) {
                Unit following = units.get(next);
                joined.add(Unit.of(unit.index(), unit.text().strip() + " " + following.text().strip(), unit.line(), unit.page(),
                        unit.start(), following.end()));
                i = next;
            } else {
                joined.add(unit);
            }
        }
        return joined;
    }

    private static int nextWithLetters(List<Unit> units, int from) {
        for (int i = from; i < Math.min(units.size(), from + 3); i++) {
            if (units.get(i).text().matches(".*[\\p{L}\\d].*")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean breaksBefore(Unit unit, Unit next) {
        String folded = unit.folded().replaceAll("[^a-z ]", "").strip();
        if (HeaderParser.NUMBER_LINE.matcher(unit.text().strip()).matches() && unit.text().replaceAll("(?i)^s[ốỐ]\\s*[:.]?", "").isBlank()) {
            return next.text().strip().matches("^\\.*\\d*\\s*/.*|^\\d.*");
        }
        String name = HeaderParser.NAME_FOLDED;
        if (!folded.isEmpty() && !folded.equals(name) && name.startsWith(folded + " ")) {
            return (folded + " " + next.folded()).startsWith(name.substring(0, Math.min(name.length(), folded.length() + 4)));
        }
        // A date split over two table cells: "Nghệ An, ngày 08 tháng 12" / "năm 2025", "Quảng Nam, ngày" / "13 tháng 7 năm 2023".
        if (DATE_WITHOUT_YEAR.matcher(unit.text()).find() && MONTH_OR_YEAR_NEXT.matcher(next.folded()).matches()) {
            return true;
        }
        // The first word of a two-word place name left on the line above its date.
        return unit.text().strip().matches("\\p{Lu}\\p{Ll}+") && HeaderParser.DATE_LINE.matcher(next.text().strip()).lookingAt();
    }
}
