package vn.soat.model;

/** Shares of one whole ({@code cơ cấu kinh tế: … 65%; … 15%; … 20%}) that should make 100%. */
public record ShareList(double sum, String sharesText, String sumText, Location location, String excerpt)
        implements Located {
}
