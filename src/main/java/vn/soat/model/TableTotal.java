package vn.soat.model;

/** A {@code Tổng}/{@code Tổng cộng}/{@code Cộng} row of a table and the sum of the rows above it, column by column. */
public record TableTotal(String label, int column, double stated, String statedText, double sum, String partsText,
        String sumText, Location location, String excerpt) implements Located {
}
