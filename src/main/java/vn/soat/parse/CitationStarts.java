package vn.soat.parse;

import vn.soat.text.Chars;

/**
 * Where in a passage a citation may start, so that {@link CitationScanner}'s pattern is tried
 * there only: at the first three letters of a type word ({@code Quy}ết định, {@code côn}g văn …), not inside a word,
 * with nothing but letters, white space and a colon between it and a digit, as {@code TYPE (số:) NUMBER} needs.
 * Trying the pattern at every character of a long report cost more than the rest of the citation reading together.
 */
final class CitationStarts {

    /** The first letters of {@link CitationScanner#TYPES}, each written {@code [Xx]…}. */
    static final String INITIALS;
    /** For each of {@link #INITIALS}, the pairs of letters that may follow it in a type word ("ngày" is no "nghị"). */
    private static final String[] FOLLOWING;
    /** Whether a character is one of {@link #INITIALS}, by code (they all lie below U+0200). */
    private static final boolean[] INITIAL = new boolean[0x200];

    static {
        StringBuilder initials = new StringBuilder();
        java.util.List<StringBuilder> following = new java.util.ArrayList<>();
        for (String type : CitationScanner.TYPES.split("\\|")) {
            for (char initial : new char[] {type.charAt(1), type.charAt(2)}) {
                int at = initials.indexOf(String.valueOf(initial));
                if (at < 0) {
                    at = initials.length();
                    initials.append(initial);
                    following.add(new StringBuilder());
                }
                following.get(at).append(type, 4, 6);
            }
        }
        INITIALS = initials.toString();
        FOLLOWING = following.stream().map(StringBuilder::toString).toArray(String[]::new);
        for (char initial : INITIALS.toCharArray()) {
            INITIAL[initial] = true;
        }
    }

    /** The passage's characters: an array is much cheaper to walk than String.charAt under C1. */
    private final char[] text;
    /** The end of the last run of letters, white space and colons looked through, and whether a digit ends it. */
    private int runEnd = -1;
    private boolean runEndsInDigit;

    CitationStarts(String text) {
        this.text = text.toCharArray();
    }

    /** The first index from {@code from} on where a citation may start, or -1. */
    int next(int from) {
        for (int i = from; i + 2 < text.length; i++) {
            char c = text[i];
            if (c < INITIAL.length && INITIAL[c] && (i == 0 || !isLetter(text[i - 1]))
                    && followsType(FOLLOWING[INITIALS.indexOf(c)], text[i + 1], text[i + 2]) && digitAhead(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the first character from {@code i} on that is not a letter, white space or colon is a digit. Asked with
     * {@code i} increasing, at letters: a run already looked through answers for every start inside it.
     */
    private boolean digitAhead(int i) {
        if (i >= runEnd) {
            int j = i;
            while (j < text.length && (isLetter(text[j]) || Chars.isRegexSpace(text[j]) || text[j] == ':')) {
                j++;
            }
            runEnd = j;
            runEndsInDigit = j < text.length && text[j] >= '0' && text[j] <= '9';
        }
        return runEndsInDigit;
    }

    private static boolean followsType(String pairs, char second, char third) {
        for (int k = 0; k < pairs.length(); k += 2) {
            if (pairs.charAt(k) == second && pairs.charAt(k + 1) == third) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }
}
