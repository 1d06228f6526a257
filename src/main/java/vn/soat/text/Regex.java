package vn.soat.text;

import java.util.regex.Pattern;

/**
 * Patterns that match the same on every Java soát runs on. Java 19 changed {@code \b} (JDK-8264160): it used to put a
 * word boundary between letters and digits of any script and the rest, and now only around {@code [A-Za-z0-9_]}, so
 * on Java 25 {@code về\b} no longer matches "về việc" (the {@code ề} is not a word character) and a citation's issuer
 * ran into its subject. Every pattern with {@code \b} or {@code \B} is compiled here, with the boundary written out
 * as Java 17 reads it: between a letter, decimal digit, combining mark or {@code _} and anything else.
 */
public final class Regex {

    private static final String WORD = "[\\p{L}\\p{Nd}\\p{Mn}_]";
    static final String BOUNDARY = "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";
    static final String NOT_BOUNDARY = "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))";

    private Regex() {
    }

    /** {@link Pattern#compile(String)} with {@code \b} and {@code \B} as Java 17 reads them. */
    public static Pattern compile(String regex) {
        return compile(regex, 0);
    }

    /** {@link Pattern#compile(String, int)} with {@code \b} and {@code \B} as Java 17 reads them. */
    public static Pattern compile(String regex, int flags) {
        return Pattern.compile(portable(regex), flags);
    }

    /** The regex with each {@code \b} / {@code \B} outside a character class and a {@code \Q…\E} quote written out. */
    static String portable(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 64);
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                if (next == 'Q') {
                    int end = regex.indexOf("\\E", i + 2);
                    int stop = end < 0 ? regex.length() : end + 2;
                    out.append(regex, i, stop);
                    i = stop - 1;
                } else if (classDepth == 0 && next == 'b') {
                    out.append(BOUNDARY);
                    i++;
                } else if (classDepth == 0 && next == 'B') {
                    out.append(NOT_BOUNDARY);
                    i++;
                } else {
                    out.append(c).append(next);
                    i++;
                }
                continue;
            }
            if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            }
            out.append(c);
        }
        return out.toString();
    }
}
