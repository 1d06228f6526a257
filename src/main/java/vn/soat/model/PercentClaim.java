package vn.soat.model;

/**
 * A stated percentage of a stated whole ({@code 05/08 (tỷ lệ 63%)}, {@code 60 hộ = 5,03%} of
 * {@code tổng số 1.169 hộ}). {@code deviation} is |100·part/base − stated|; {@code tolerance} is one
 * unit of the last written digit (writers round or truncate).
 */
public record PercentClaim(String partText, String baseText, String statedText, String computedText,
        double deviation, double tolerance, Location location, String excerpt) implements Located {

    /** " trên tổng số 1.169 hộ" when the whole was stated elsewhere in the text, empty for a written ratio (05/08). */
    public String baseClause() {
        return baseText.isEmpty() ? "" : " trên " + baseText;
    }
}
