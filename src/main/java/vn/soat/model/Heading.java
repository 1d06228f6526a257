package vn.soat.model;

/**
 * A numbered heading of the body. {@code position} is its 1-based place among the headings of
 * its level under the same parent; {@code previousOrdinal} is the ordinal of the sibling before
 * it (0 for the first). A heading is in sequence when its ordinal follows the previous one or
 * matches its position (so one typo gives one finding, not two).
 */
public record Heading(
        Level level,
        String label,
        int ordinal,
        String title,
        int position,
        int previousOrdinal,
        String previousLabel,
        String expectedLabel,
        Location location,
        String excerpt) implements Located {

    /** PART: "A.", "B." or "PHẦN A" above the Roman sections, which restart under each part. */
    public enum Level { PART, ROMAN, ARABIC, LETTER }

    /** The previous sibling's label, or a phrase for the first heading of its level. */
    public String previousLabelOrStart() {
        return previousLabel.isEmpty() ? "(đầu)" : previousLabel;
    }

    public boolean isInSequence() {
        return ordinal == previousOrdinal + 1 || ordinal == position;
    }

    public boolean isRepeat() {
        return !isInSequence() && ordinal == previousOrdinal;
    }

    public boolean isBackwards() {
        return !isInSequence() && ordinal < previousOrdinal;
    }

    public boolean isSkip() {
        return !isInSequence() && ordinal > previousOrdinal + 1;
    }
}
