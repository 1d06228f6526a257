package vn.soat.model;

/** The request letter the report answers, cited in its opening ({@code Thực hiện Công văn số …}). */
public record RequestCitation(Citation citation, String requester, Location location, String excerpt)
        implements Located {

    public boolean isDated() {
        return citation.dateValid();
    }
}
