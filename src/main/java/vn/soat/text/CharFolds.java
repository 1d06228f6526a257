package vn.soat.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What {@link VietText#fold} and {@link VietText#foldInPlace} make of each character below U+2000 (Latin, Vietnamese,
 * combining marks), worked out once with {@link Normalizer} and kept: folding runs on every line, clause and word
 * of every check, and one {@code Normalizer} call per character was a fifth of a check's time. A character whose
 * fold is not one character of its own (white space other than {@code \s}, the Greek capital sigma, whose lower case
 * depends on its neighbours) is {@link #SLOW}: the caller folds the whole text the long way.
 */
final class CharFolds {

    static final int LIMIT = 0x2000;
    /** Folds to nothing: a combining mark. */
    static final char NONE = '\uFFFE';
    /** Cannot be folded alone. */
    static final char SLOW = '\uFFFF';
    private static final char UNKNOWN = '\0';

    private static final char[] FOLD = new char[LIMIT];
    private static final char[] IN_PLACE = new char[LIMIT];

    private CharFolds() {
    }

    /** {@code c}'s fold: lower case, marks removed, đ → d; {@link #NONE} or {@link #SLOW}. {@code c < LIMIT}. */
    static char fold(char c) {
        char f = FOLD[c];
        if (f == UNKNOWN) {
            f = foldOf(c);
            FOLD[c] = f; // a race computes the same value twice
        }
        return f;
    }

    /** {@code c}'s base letter, lower case, đ → d, in the place of {@code c} (a mark stays itself); kept below LIMIT. */
    static char inPlace(char c) {
        if (c >= LIMIT) {
            return inPlaceOf(c);
        }
        char f = IN_PLACE[c];
        if (f == UNKNOWN) {
            f = inPlaceOf(c);
            IN_PLACE[c] = f;
        }
        return f;
    }

    private static char foldOf(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 'Σ' || c == UNKNOWN) {
            return SLOW;
        }
        String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        if (bare.isEmpty()) {
            return NONE;
        }
        return bare.length() == 1 && bare.charAt(0) != NONE && bare.charAt(0) != SLOW ? bare.charAt(0) : SLOW;
    }

    private static char inPlaceOf(char c) {
        char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        return Character.toLowerCase(base == 'đ' || base == 'Đ' ? 'd' : base);
    }
}
