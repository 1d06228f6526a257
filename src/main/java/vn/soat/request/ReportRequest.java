package vn.soat.request;

import java.time.LocalDate;
import java.util.Optional;
import vn.soat.model.DataCutoff;
import vn.soat.model.Deadline;
import vn.soat.model.Location;
import vn.soat.model.RequestLetter;

/**
 * What a report is checked against besides the rules (docs/domain.md §7a): the request letter it answers,
 * the deadline (the letter's, or one set by the user, which wins) and the letter's data cut-off. Every
 * part is optional; {@link #NONE} checks a report on its own.
 */
public record ReportRequest(Optional<RequestLetter> letter, Optional<Deadline> deadline, Optional<DataCutoff> cutoff) {

    public static final ReportRequest NONE = new ReportRequest(Optional.empty(), Optional.empty(), Optional.empty());

    /** The same request with a deadline set by the user ({@code --deadline 2026-06-18}: that day is still in time). */
    public ReportRequest withDeadline(LocalDate lastDay) {
        String shown = lastDay.getDayOfMonth() + "/" + lastDay.getMonthValue() + "/" + lastDay.getYear();
        return new ReportRequest(letter, Optional.of(new Deadline(lastDay.toEpochDay(), "hết ngày " + shown,
                "hạn được đặt khi kiểm tra", Location.DOCUMENT, "")), cutoff);
    }
}
