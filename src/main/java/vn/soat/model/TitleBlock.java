package vn.soat.model;

/** The document-type line ({@code BÁO CÁO}) and the summary line (trích yếu) under it. */
public record TitleBlock(boolean hasTypeLine, String typeLine, String summary, Location location, String excerpt)
        implements Located {
}
