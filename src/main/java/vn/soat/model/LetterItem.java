package vn.soat.model;

/**
 * One item a request letter asks the report to cover, in the letter's own words: a line of its list
 * ({@code 1. Kết quả công tác đoàn ra, đoàn vào;}), a heading of its attached đề cương, or the object
 * of a one-sentence ask. {@code level} is 1 for a top item, 2 for an item under {@code parentLabel};
 * {@code label} is its number or mark as written ({@code II}, {@code 2}, {@code -}).
 */
public record LetterItem(String label, String words, int level, String parentLabel, Location location, String excerpt)
        implements Located {
}
