package vn.soat.extract.ocr;

import java.text.Normalizer;
import vn.soat.text.Chars;

/**
 * How a character counts in {@link JunkTextLayer}'s NFD view of a page, without decomposing the page: whether its
 * NFD form is a letter and whether it carries a mark ({@code ệ} is one letter with marks, {@code đ} one marked
 * letter). Read from a table filled as characters are first met; two threads that meet a character together only
 * compute the same entry twice.
 */
final class DecomposedKind {

    /** Its NFD form is one letter; the value is added to a count of letters. */
    static final int LETTER = 1;
    /** Its NFD form holds a combining mark, or is a đ. */
    static final int MARKED = 2;
    /** Half of a surrogate pair, or its NFD form is several letters (Hangul) or holds white space: decompose. */
    static final int UNKNOWN = -1;

    private static final int KNOWN = 4;
    private static final int DECOMPOSE = 8;
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

    private DecomposedKind() {
    }

    /** {@link #LETTER} and {@link #MARKED} bits, or {@link #UNKNOWN}. */
    static int of(char c) {
        int kind = KINDS[c];
        if (kind == 0) {
            kind = decompose(c);
            KINDS[c] = (byte) kind;
        }
        return kind == DECOMPOSE ? UNKNOWN : kind & (LETTER | MARKED);
    }

    private static int decompose(char c) {
        if (Character.isSurrogate(c)) {
            return DECOMPOSE;
        }
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        int letters = 0;
        boolean marked = false;
        for (int i = 0; i < nfd.length(); i++) {
            char part = nfd.charAt(i);
            if (Chars.isRegexSpace(part)) {
                return DECOMPOSE;
            }
            letters += Character.isLetter(part) ? 1 : 0;
            marked |= JunkTextLayer.isMark(part);
        }
        if (letters > 1) {
            return DECOMPOSE;
        }
        return KNOWN | letters | (marked ? MARKED : 0);
    }
}
