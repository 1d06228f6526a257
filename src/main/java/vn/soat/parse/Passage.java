package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive units joined into one string, so sentences broken across lines (as PDF text
 * always is) can be matched whole, and each match traced back to the unit it starts in.
 */
final class Passage {

    private final List<Unit> units;
    private final List<Integer> starts = new ArrayList<>();
    private final String text;

    Passage(List<Unit> units) {
        this.units = List.copyOf(units);
        StringBuilder joined = new StringBuilder();
        for (Unit unit : this.units) {
            // A token broken at the end of a PDF line ("1879/2013/QĐ-" + "UBND") is one token again.
            if (brokenToken(joined)) {
                joined.setLength(joined.length() - 1);
            }
            starts.add(joined.length());
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

    Unit unitAt(int offset) {
        int found = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= offset) {
                found = i;
            }
        }
        return units.get(found);
    }
}
