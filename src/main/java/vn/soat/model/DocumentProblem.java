package vn.soat.model;

/**
 * The document could not be processed: nothing readable, not readable at all, or an empty file.
 *
 * @param detail   why, in Vietnamese (the finding's message)
 * @param detailEn the same in English (its messageEn)
 */
public record DocumentProblem(Kind kind, String detail, String detailEn, Location location, String excerpt) implements Located {

    /** EMPTY: the file has no byte, or only blanks (the name's format is taken, see FormatSniffer). */
    public enum Kind { NO_TEXT, UNREADABLE, EMPTY }

    public boolean isEmptyFile() {
        return kind == Kind.EMPTY;
    }

    public boolean isNoText() {
        return kind == Kind.NO_TEXT;
    }

    public boolean isUnreadable() {
        return kind == Kind.UNREADABLE;
    }
}
