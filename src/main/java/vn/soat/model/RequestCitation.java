package vn.soat.model;

/**
 * What the report answers, cited in its opening: a request letter ({@code Thực hiện Công văn số …}),
 * or a standing reporting duty ({@code Thực hiện chế độ báo cáo định kỳ …}, {@code standingDuty}),
 * which is a valid basis too; a duty cites a document only when the opening names one.
 */
public record RequestCitation(Citation citation, String requester, boolean standingDuty, Location location,
        String excerpt) implements Located {

    public boolean isDated() {
        return citation.dateValid();
    }
}
