package vn.soat.model;

/**
 * A total with its parts ({@code 13 thỏa thuận, trong đó 3 … và 11 …}). {@code exhaustive} when
 * the parts are the complete split ({@code gồm}, or complementary pairs); after {@code trong đó}
 * they may be a subset, so only parts exceeding the total are certain to be wrong. {@code claimAt}
 * is where its keyword ({@code gồm}, {@code trong đó}) stands in the extracted text: a
 * {@link CountedList} read off the same {@code gồm} has the same.
 */
public record Breakdown(double total, String totalText, String unit, double sum, int partCount, String partsText,
        String sumText, boolean exhaustive, int claimAt, Location location, String excerpt) implements Located {
}
