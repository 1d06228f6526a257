package vn.soat.model;

/**
 * A date written in the body ({@code ngày 31 tháng 02 năm 2003}, {@code 30/02/2024}), one fact per
 * occurrence. {@code valid} when the day exists; {@code citationDate} when it is the date of a cited
 * document, which CIT_DATE_INVALID judges.
 */
public record BodyDate(String text, boolean valid, boolean citationDate, Location location, String excerpt)
        implements Located {
}
