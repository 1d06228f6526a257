package vn.soat.model;

/** The Quốc hiệu line as found near the top; {@code correct} compares it with the fixed wording. */
public record NationalName(String text, boolean correct, Location location, String excerpt) implements Located {
}
