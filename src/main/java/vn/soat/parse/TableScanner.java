package vn.soat.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import vn.soat.extract.SourceLine;
import vn.soat.model.Location;
import vn.soat.model.TableTotal;
import vn.soat.numbers.VietNumber;
import vn.soat.parse.claims.Examples;
import vn.soat.text.VietText;
import vn.soat.text.Regex;

/**
 * Tables as text: DOCX rows arrive as cells joined by {@code " | "}, PDF rows as cells separated
 * by tabs or spaces; a row is read as tokens. A row labelled {@code Tổng}, {@code Tổng cộng} or {@code Cộng} whose last k
 * cells are numbers is compared, column by column, with the rows right above it that also end in
 * exactly k numbers. Any row that does not fit ends the table: no guessing about merged cells.
 */
final class TableScanner {

    /** A total row's label, folded; not "Công tác …", "Tổng cục …", "Tổng Lãnh sự quán …", "Tổng công ty …". */
    @Examples(matches = {"«tong cong»", "«tong cong toan huyen»", "«tong so doan vao»", "«tong:»", "«cong»", "«tong gia tri»"},
            rejects = {"cong tac doan ra", "tong cuc du lich", "tong lanh su quan nhat ban", "tong cong ty", "tong thong",
                "tong ket"})
    static final Pattern TOTAL_LABEL = Regex.compile(
            "^(?:(?:tong cong|tong so|tong gia tri|tong kinh phi)(?![a-z])(?! ty\\b).*|(?:tong|cong)\\s*[:.]?)$");
    private static final int MIN_ROWS = 2;
    /** A row's label wrapped onto a line of its own ("(gồm các sở, ban, ngành)"): not a row, and not the end of the table. */
    @Examples(matches = {"«(»gồm các sở, ban, ngành)", "«ngành»", "«  và» các đơn vị"},
            rejects = {"TT Đơn vị Công chức", "2 Khối huyện 1.000", "(gồm các sở) 3.743", "ngành) 1.000 2.000"})
    static final Pattern WRAPPED_LABEL = Pattern.compile("^\\s*(?:\\(|\\p{Ll}+)(?![^\\d]*\\d)");
    /** Group rows of a nested table ("I Khối tỉnh", "II. Khối huyện") and the rows under them ("1.1 Sở A", "- Sở B", "a) …"). */
    @Examples(matches = {"«I» Khối tỉnh", "«II.» Khối huyện", "«IV» - Khối xã"}, rejects = {"Khối tỉnh", "In ấn", "Vĩnh Long"})
    static final Pattern GROUP = Pattern.compile("^[IVX]{1,4}\\.?(?=\\s|$)");
    @Examples(matches = {"«1.1» Sở A", "«-» Sở B", "«a)» Huyện X", "«+» Xã Y"}, rejects = {"Sở A", "1 Sở A", "Khối tỉnh"})
    static final Pattern CHILD = Pattern.compile("^(?:\\d+\\.\\d+(?:\\.\\d+)*|[-+–]|\\p{Ll}\\))(?=\\s|$)");

    /** What separates a row's cells once {@code |} and tabs are spaces. */
    @Examples(matches = {"Tổng« »1.000", "1.000«   »2.000"}, rejects = {"Tổng", "1.000"})
    static final Pattern SPACES = Pattern.compile("\\s+");

    private TableScanner() {
    }

    static List<TableTotal> scan(List<SourceLine> lines, IntFunction<String> sectionOfLine) {
        List<TableTotal> totals = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<Row> total = Row.of(lines.get(i).text()).filter(r -> TOTAL_LABEL.matcher(VietText.fold(r.label)).matches());
            if (total.isEmpty()) {
                continue;
            }
            int k = total.get().numbers.size();
            List<Row> rows = new ArrayList<>();
            for (int j = i - 1; j >= 0; j--) {
                if (lines.get(j).text().isBlank() || WRAPPED_LABEL.matcher(lines.get(j).text()).lookingAt()) {
                    continue;
                }
                Optional<Row> row = Row.of(lines.get(j).text());
                if (row.isEmpty() || row.get().numbers.size() != k || TOTAL_LABEL.matcher(VietText.fold(row.get().label)).matches()) {
                    break;
                }
                rows.add(0, row.get());
            }
            rows = topLevel(rows);
            if (rows.size() < MIN_ROWS) {
                continue;
            }
            SourceLine line = lines.get(i);
            for (int c = 0; c < k; c++) {
                BigDecimal sum = BigDecimal.ZERO;
                List<String> parts = new ArrayList<>();
                for (Row row : rows) {
                    sum = sum.add(row.values.get(c));
                    parts.add(row.numbers.get(c));
                }
                BigDecimal stated = total.get().values.get(c);
                totals.add(new TableTotal(total.get().label, c + 1, stated.doubleValue(), total.get().numbers.get(c),
                        sum.doubleValue(), String.join(" + ", parts), VietNumber.format(sum),
                        new Location(line.page(), line.number(), sectionOfLine.apply(line.number()), line.start(), line.end()),
                        line.text().replace('\t', ' ').strip()));
            }
        }
        return totals;
    }

    /**
     * The rows a total adds up: in a nested table the group rows only (their subtotals already hold
     * the rows under them), else every row that is not under another.
     */
    private static List<Row> topLevel(List<Row> rows) {
        List<Row> groups = rows.stream().filter(r -> GROUP.matcher(r.label).find()).toList();
        if (!groups.isEmpty()) {
            return groups;
        }
        List<Row> parents = rows.stream().filter(r -> !CHILD.matcher(r.label).find()).toList();
        return parents.size() == rows.size() || parents.isEmpty() ? rows : parents;
    }

    /** A row: its label (the first cell that is not a number) and its trailing number cells. */
    private record Row(String label, List<String> numbers, List<BigDecimal> values) {

        static Optional<Row> of(String text) {
            // Cells as tokens: PDF may glue a number cell to its label ("Đoàn vào từ Nhật Bản 1").
            if (!endsInDigit(text)) {
                return Optional.empty(); // no number cell at the end: not a row
            }
            String[] cells = SPACES.split(text.replace('|', ' ').replace('\t', ' ').strip());
            List<String> numbers = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            int i = cells.length - 1;
            for (; i >= 0; i--) {
                String cell = cells[i].strip();
                if (cell.isEmpty()) {
                    continue;
                }
                Optional<BigDecimal> value = VietNumber.parse(cell);
                if (value.isEmpty()) {
                    break;
                }
                numbers.add(0, cell);
                values.add(0, value.get());
            }
            if (numbers.isEmpty() || i < 0) {
                return Optional.empty();
            }
            StringBuilder label = new StringBuilder();
            for (int j = 0; j <= i; j++) {
                String cell = cells[j].strip();
                if (!cell.isEmpty() && VietNumber.parse(cell).isEmpty()) {
                    label.append(label.isEmpty() ? "" : " ").append(cell);
                }
            }
            return Optional.of(new Row(label.toString(), numbers, values));
        }

        private static boolean endsInDigit(String text) {
            for (int i = text.length() - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (c != '|' && !Character.isWhitespace(c)) {
                    return c >= '0' && c <= '9';
                }
            }
            return false;
        }
    }
}
