package vn.soat.model;

/**
 * The Tiêu ngữ line: {@code correct} when the words are right, {@code spacedHyphens} when the
 * hyphens between them have a space on each side as PL-I requires.
 */
public record NationalMotto(String text, boolean correct, boolean spacedHyphens, Location location, String excerpt)
        implements Located {
}
