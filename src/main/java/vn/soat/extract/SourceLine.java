package vn.soat.extract;

/**
 * One line of the extracted text. {@code number} is 1-based; {@code start}/{@code end} are
 * character offsets in the whole extracted text; {@code page} is 1-based, 0 when unknown.
 * A tab inside {@code text} separates side-by-side columns (header and signature tables).
 */
public record SourceLine(int number, int page, int start, int end, String text) {
}
