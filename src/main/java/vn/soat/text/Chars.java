package vn.soat.text;

/** Character classes as java.util.regex reads them, for the quick tests that decide whether a regex need run. */
public final class Chars {

    private Chars() {
    }

    /** What {@code \s} matches (no UNICODE_CHARACTER_CLASS flag): {@code [ \t\n\x0B\f\r]}. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
