package vn.soat.model;

/**
 * {@code gồm N …:} followed by a list; {@code listed} is how many items the list has. {@code claimAt}
 * is where its {@code gồm} stands in the extracted text (see {@link Breakdown#claimAt()}).
 */
public record CountedList(int declared, int listed, String unit, String items, int claimAt, Location location,
        String excerpt) implements Located {
}
