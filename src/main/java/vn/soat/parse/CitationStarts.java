package vn.soat.parse;

/**
 * Where in a passage a citation may start, found in one pass so that {@link CitationScanner}'s pattern is tried
 * there only: at the first letter of a type word ({@code Quyết định}, {@code công văn} …) with nothing but letters,
 * white space and a colon between it and a digit, as {@code TYPE (số:) NUMBER} needs. Trying the pattern at every
 * character of a long report cost more than the rest of the citation reading together.
 */
final class CitationStarts {

    /** The first letters of {@link CitationScanner#TYPES}. */
    static final String INITIALS = "TtCcNnQqKkVvBbHhĐđLl";

    private final String text;
    /** Whether the first character at or after an index that is not a letter, white space or colon is a digit. */
    private final boolean[] digitAhead;

    CitationStarts(String text) {
        this.text = text;
        this.digitAhead = new boolean[text.length() + 1];
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            digitAhead[i] = c >= '0' && c <= '9' || (Character.isLetter(c) || isSpace(c) || c == ':') && digitAhead[i + 1];
        }
    }

    /** The first index from {@code from} on where a citation may start, or -1. */
    int next(int from) {
        for (int i = from; i < text.length(); i++) {
            if (digitAhead[i] && INITIALS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** White space as {@code \s} reads it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
