package vn.soat.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text as {@link LegacyVietnamese#detect} weighs them, and the letters only Unicode Vietnamese
 * has: a text that already writes them is not legacy text read as Latin-1.
 */
final class LegacyWords {

    private LegacyWords() {
    }

    /** Words as runs of letters, digits and any Latin-1 upper-half character (TCVN3 letters include "µ", "·", "§"...). */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /**
     * More than a tenth of the {@link #of words} have a {@link #hasNativeLetter native letter}: counted in one pass,
     * as almost every text is Unicode and needs no more.
     */
    static boolean mostlyNative(String text) {
        int words = 0;
        int nativeWords = 0;
        boolean inWord = false;
        boolean nativeWord = false;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && isWordChar(text.charAt(i));
            if (wordChar) {
                nativeWord |= isNativeLetter(text.charAt(i));
                inWord = true;
            } else if (inWord) {
                words++;
                nativeWords += nativeWord ? 1 : 0;
                inWord = false;
                nativeWord = false;
            }
        }
        return (long) nativeWords * 10 > words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || (c >= '\u00A1' && c <= '\u00FF')
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Letters that only proper Unicode Vietnamese has (never produced by reading legacy bytes as Latin-1). */
    static boolean hasNativeLetter(String word) {
        return word.chars().anyMatch(LegacyWords::isNativeLetter);
    }

    private static boolean isNativeLetter(int c) {
        return (c >= 0x1EA0 && c <= 0x1EF9) || "ĂăĐđĨĩŨũƠơƯư".indexOf(c) >= 0;
    }
}
