package vn.soat.model;

/** The document could not be processed: nothing readable, or not readable at all. */
public record DocumentProblem(Kind kind, String detail, Location location, String excerpt) implements Located {

    public enum Kind { NO_TEXT, UNREADABLE }

    public boolean isNoText() {
        return kind == Kind.NO_TEXT;
    }

    public boolean isUnreadable() {
        return kind == Kind.UNREADABLE;
    }
}
