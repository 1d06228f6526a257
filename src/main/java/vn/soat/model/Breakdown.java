package vn.soat.model;

/**
 * A total with its parts ({@code 13 thỏa thuận, trong đó 3 … và 11 …}). {@code exhaustive} when
 * the parts are the complete split ({@code gồm}, or complementary pairs); after {@code trong đó}
 * they may be a subset, so only parts exceeding the total are certain to be wrong.
 */
public record Breakdown(double total, String totalText, String unit, double sum, int partCount, String partsText,
        String sumText, boolean exhaustive, Location location, String excerpt) implements Located {
}
