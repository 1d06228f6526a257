package vn.soat.model;

/** The document could not be processed: nothing readable, not readable at all, or an empty file. */
public record DocumentProblem(Kind kind, String detail, Location location, String excerpt) implements Located {

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
