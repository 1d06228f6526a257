package vn.soat.parse;

import java.util.List;

/**
 * Consecutive units joined into one string, so sentences broken across lines (as PDF text
 * always is) can be matched whole, and each match traced back to the unit it starts in.
 */
final class Passage {

    private final List<Unit> units;
    /** Where each unit starts in {@link #text}, never decreasing. */
    private final int[] starts;
    private final String text;

    Passage(List<Unit> units) {
        this.units = List.copyOf(units);
        this.starts = new int[this.units.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < this.units.size(); i++) {
            Unit unit = this.units.get(i);
            // A token broken at the end of a PDF line ("1879/2013/QĐ-" + "UBND") is one token again.
            if (brokenToken(joined)) {
                joined.setLength(joined.length() - 1);
            }
            starts[i] = joined.length();
            joined.append(unit.text()).append(' ');
        }
        this.text = joined.toString();
    }

    /** The text so far ends with a letter or digit, a hyphen or slash, and the joining space. */
    private static boolean brokenToken(StringBuilder joined) {
        int n = joined.length();
        return n >= 3 && joined.charAt(n - 1) == ' ' && (joined.charAt(n - 2) == '-' || joined.charAt(n - 2) == '/')
                && Character.isLetterOrDigit(joined.charAt(n - 3));
    }

    String text() {
        return text;
    }

    List<Unit> units() {
        return units;
    }

    /** The last unit starting at or before {@code offset} (the first for an offset before all). */
    Unit unitAt(int offset) {
        // A binary search: every citation, date and claim of a long body asks, and the body has hundreds of units.
        int found = 0;
        int low = 0;
        int high = starts.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] <= offset) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return units.get(found);
    }
}
