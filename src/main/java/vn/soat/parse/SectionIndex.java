package vn.soat.parse;

/** The section label (e.g. {@code II.8}) each unit falls under; empty before the first heading and after the body. */
final class SectionIndex {

    private final String[] labels;
    private final boolean[] headings;

    SectionIndex(int size) {
        labels = new String[size];
        headings = new boolean[size];
        java.util.Arrays.fill(labels, "");
    }

    void set(int index, String label) {
        labels[index] = label;
    }

    void markHeading(int index) {
        headings[index] = true;
    }

    boolean isHeading(Unit unit) {
        return headings[unit.index()];
    }

    String of(Unit unit) {
        return labels[unit.index()];
    }
}
