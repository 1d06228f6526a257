package vn.soat.parse;

import vn.soat.model.Location;

/**
 * A piece of a line as the parser reads it: markdown markers removed, one column of a
 * side-by-side layout. {@code index} is its place in the unit sequence.
 */
record Unit(int index, String text, int line, int page, int start, int end) {

    boolean isBlank() {
        return text.isBlank();
    }

    String folded() {
        return VietText.fold(text);
    }

    Location location(String section) {
        return new Location(page, line, section, start, end);
    }
}
