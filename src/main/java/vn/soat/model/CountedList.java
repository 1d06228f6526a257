package vn.soat.model;

/** {@code gồm N …:} followed by a list; {@code listed} is how many items the list has. */
public record CountedList(int declared, int listed, String unit, String items, Location location, String excerpt)
        implements Located {
}
