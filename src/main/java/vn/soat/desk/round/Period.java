package vn.soat.desk.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A reporting round (đợt báo cáo): what was asked, by when, from whom.
 *
 * @param profile       the outline profile the round's files are checked against (an id of GET /api/v1/profiles)
 * @param deadline      the last day a file is on time (Vietnam's calendar day)
 * @param requestLetter the request letter's cited text (số, ký hiệu, ngày, trích yếu), as the reviewer wrote it
 * @param units         the codes of the units expected to report, in the registry's order
 */
public record Period(String id, String title, String profile, LocalDate deadline, String requestLetter, List<String> units,
        String createdBy, Instant createdAt) {

    public Period {
        units = units == null ? List.of() : List.copyOf(units);
        requestLetter = requestLetter == null ? "" : requestLetter;
    }
}
