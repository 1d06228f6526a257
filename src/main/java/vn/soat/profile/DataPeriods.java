package vn.soat.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.soat.model.BodyLine;
import vn.soat.model.DataCutoff;
import vn.soat.model.DataPeriod;
import vn.soat.model.Location;
import vn.soat.model.ReportModel;
import vn.soat.model.ReportedPeriod;

/**
 * The data periods a report states, and the one it must use (Nghị định 09/2019/NĐ-CP Điều 12;
 * docs/domain.md §7). A span counts as the figures' period when its sentence says so ({@code số liệu},
 * {@code chốt}, {@code tính từ/đến}), when it stands in the summary line, or when both its ends lie within
 * a month of the cut-off's (a bare {@code từ ngày 01/01/2026 đến 30/6/2026} in a six-month report); a
 * span of an event ({@code từ ngày 02/5 đến 05/5/2026}) is none of these.
 */
public final class DataPeriods {

    public static final String DECREE = "Nghị định 09/2019/NĐ-CP, Điều 12";
    private static final int NEAR_DAYS = 31;

    private DataPeriods() {
    }

    /** NĐ09's cut-off for a reported period: 15/12 of X−1 to 14/6 of X (first six months) or 14/12 of X (year). */
    public static DataCutoff decreeCutoff(ReportedPeriod period) {
        LocalDate from = LocalDate.of(period.year() - 1, 12, 15);
        LocalDate to = PeriodReader.FIRST_HALF.equals(period.kind()) ? LocalDate.of(period.year(), 6, 14)
                : LocalDate.of(period.year(), 12, 14);
        return new DataCutoff(from.toEpochDay(), to.toEpochDay(), new DataSpans.Span(Optional.of(from), to, true).display(),
                DECREE + " (kỳ báo cáo " + period.display() + ")", false, period.location(), period.excerpt());
    }

    /** The data periods stated in the summary line and the body, judged against {@code expected} when known. */
    public static List<DataPeriod> read(ReportModel model, Optional<DataCutoff> expected) {
        int year = model.date().filter(d -> d.valid()).map(d -> LocalDate.ofEpochDay(d.epochDay()).getYear())
                .orElse(expected.map(c -> LocalDate.ofEpochDay(c.toDay()).getYear()).orElse(0));
        List<DataPeriod> out = new ArrayList<>();
        add(out, model.title().summary(), model.title().location(), true, year, expected);
        for (BodyLine line : model.lines()) {
            add(out, line.text(), line.location(), false, year, expected);
        }
        return out;
    }

    private static void add(List<DataPeriod> out, String text, Location at, boolean summary, int year,
            Optional<DataCutoff> expected) {
        for (DataSpans.Span span : DataSpans.find(text, year)) {
            if (span.dataWords() || summary || expected.filter(c -> near(span, c)).isPresent()) {
                out.add(new DataPeriod(span.from().map(LocalDate::toEpochDay).orElse(-1L), span.to().toEpochDay(),
                        span.display(), at, text.strip()));
            }
        }
    }

    private static boolean near(DataSpans.Span span, DataCutoff cutoff) {
        return span.from().isPresent() && cutoff.hasStart()
                && Math.abs(span.from().get().toEpochDay() - cutoff.fromDay()) <= NEAR_DAYS
                && Math.abs(span.to().toEpochDay() - cutoff.toDay()) <= NEAR_DAYS;
    }
}
