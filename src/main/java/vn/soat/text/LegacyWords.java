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
        forEachWord(text, (start, end) -> words.add(text.substring(start, end)));
        return words;
    }

    /**
     * More than a tenth of the {@link #of words} have a {@link #hasNativeLetter native letter}: counted without
     * cutting the words out, as almost every text is Unicode and needs no more.
     */
    static boolean mostlyNative(String text) {
        int[] words = new int[2]; // all, native
        forEachWord(text, (start, end) -> {
            words[0]++;
            for (int i = start; i < end; i++) {
                if (isNativeLetter(text.charAt(i))) {
                    words[1]++;
                    break;
                }
            }
        });
        return (long) words[1] * 10 > words[0];
    }

    private interface WordVisitor {
        void word(int start, int end);
    }

    private static void forEachWord(String text, WordVisitor visitor) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                visitor.word(start, i);
                start = -1;
            }
        }
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
