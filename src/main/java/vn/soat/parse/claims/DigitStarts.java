package vn.soat.parse.claims;

import java.util.regex.Matcher;

/**
 * The places a pattern that opens with a number may match: a digit that does not continue a number (nor follow one
 * of {@code notAfter}, the characters the pattern's look-behind refuses). {@link #find} tries the pattern there
 * only, in order, as {@link Matcher#find()} would: a find over a long body tried it at every character.
 */
public final class DigitStarts {

    private final char[] text;
    private final String notAfter;

    public DigitStarts(String text, String notAfter) {
        this.text = text.toCharArray();
        this.notAfter = notAfter;
    }

    /**
     * The next match of {@code m} (over this text, with transparent bounds) starting at or after {@code from}; then
     * {@code m} holds it. The pattern must start with an ASCII digit not preceded by a digit or {@code notAfter}.
     */
    public boolean find(Matcher m, int from) {
        for (int i = Math.max(0, from); i < text.length; i++) {
            if (isDigit(text[i]) && (i == 0 || !isDigit(text[i - 1]) && notAfter.indexOf(text[i - 1]) < 0)
                    && m.region(i, text.length).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
