package vn.soat.model;

/** A fact that can be pointed at: where it is, and the text to quote. */
public interface Located {

    Location location();

    String excerpt();
}
