package vn.soat.render;

import java.util.List;
import vn.soat.check.CheckResult;
import vn.soat.finding.Summary;
import vn.soat.finding.Verdict;

/** The table that ends a text run of several files: each file's verdict and counts, then the totals. */
public final class SummaryTable {

    /** What the table needs of one result; the findings themselves are not kept. */
    public record Row(String file, Verdict verdict, Summary summary) {

        public static Row of(CheckResult result) {
            return new Row(result.file(), result.verdict(), result.summary());
        }
    }

    private SummaryTable() {
    }

    /**
     * Then the files that could not be read, if any.
     * <pre>
     * TỔNG HỢP: 3 tệp — 1 đạt, 1 cần xem xét, 1 trả lại
     *   Kết luận       Lỗi  Cảnh báo  Thông tin  Tệp
     *   Trả lại          3         1          0  a.pdf
     * </pre>
     */
    public static String render(List<Row> rows, List<Unread> unread) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("TỔNG HỢP: %d tệp — %d đạt, %d cần xem xét, %d trả lại%n", rows.size(),
                count(rows, Verdict.PASSED), count(rows, Verdict.REVIEW), count(rows, Verdict.RETURNED)));
        String format = "  %-12s %5s %9s %10s  %s%n";
        out.append(String.format(format, "Kết luận", "Lỗi", "Cảnh báo", "Thông tin", "Tệp"));
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Row row : rows) {
            out.append(String.format(format, row.verdict().label(), row.summary().errors(), row.summary().warnings(),
                    row.summary().infos(), FileLabel.of(row.file())));
            errors += row.summary().errors();
            warnings += row.summary().warnings();
            infos += row.summary().infos();
        }
        out.append(String.format(format, "Cộng", errors, warnings, infos, ""));
        if (!unread.isEmpty()) {
            out.append(String.format("Không đọc được %d tệp:%n", unread.size()));
            unread.forEach(u -> out.append("  ").append(FileLabel.of(u.file())).append(": ").append(u.reason())
                    .append(System.lineSeparator()));
        }
        return out.toString();
    }

    private static long count(List<Row> rows, Verdict verdict) {
        return rows.stream().filter(r -> r.verdict() == verdict).count();
    }
}
