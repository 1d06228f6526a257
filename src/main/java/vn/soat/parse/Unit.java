package vn.soat.parse;

import vn.soat.model.Location;
import vn.soat.text.VietText;

/**
 * A piece of a line as the parser reads it: markdown markers removed, one column of a
 * side-by-side layout. {@code index} is its place in the unit sequence.
 */
record Unit(int index, String text, String folded, int line, int page, int start, int end) {

    /** Folds the text once: every part of the parser compares units without accents. */
    static Unit of(int index, String text, int line, int page, int start, int end) {
        return new Unit(index, text, VietText.fold(text), line, page, start, end);
    }

    boolean isBlank() {
        return text.isBlank();
    }

    Location location(String section) {
        return new Location(page, line, section, start, end);
    }
}
