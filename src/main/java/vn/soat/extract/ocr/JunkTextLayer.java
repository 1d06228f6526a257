package vn.soat.extract.ocr;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import vn.soat.text.Chars;

/**
 * Tells a text layer worth reading from one a scanner's Latin-only OCR left on a Vietnamese page
 * ({@code s6.fi,lL /eD-UBND}, {@code CONG HOA XA HOI CHU NGHIA}). Vietnamese writes a mark on most
 * syllables; such a layer has almost none, and is full of non-words or of Vietnamese syllables
 * stripped of their marks. Such a page is read again by OCR as if it had no text.
 */
public final class JunkTextLayer {

    /** Fewer letters than this is too little to judge; the page is kept as it is. */
    private static final int MIN_LETTERS = 30;
    private static final double MAX_MARKED_SHARE = 0.08;
    private static final double MIN_NON_WORD_SHARE = 0.15;
    private static final double MIN_STRIPPED_SHARE = 0.25;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER = Pattern.compile("\\P{L}");
    private static final Pattern AROUND = Pattern.compile("^[(\"'“‘\\[]+|[)\"'”’\\].,;:!?…]+$");
    private static final Pattern NUMBER_SYMBOL = Pattern.compile("\\d*/\\p{Lu}[\\p{Lu}\\d]*(-[\\p{Lu}\\d]+)+");
    private static final Pattern CAPITALS_HYPHENATED = Pattern.compile("\\p{Lu}+(-\\p{Lu}+)+");
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(-\\p{L}+)*");
    /** Common Vietnamese syllables of administrative text, as they read with their marks stripped. */
    private static final Set<String> STRIPPED = Set.of("cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam",
            "doc", "lap", "tu", "do", "hanh", "phuc", "so", "ngay", "thang", "bao", "cao", "ve", "viec", "cua", "va",
            "cac", "trong", "nhan", "dan", "uy", "ban", "tinh", "huyen", "thuc", "hien", "tac", "doi", "ngoai", "ket",
            "qua", "nhu", "sau", "noi", "luu", "vt", "kinh", "gui", "nguoi", "theo", "tai", "voi", "duoc", "da", "nay",
            "mot", "nhung", "de", "cho", "tren", "quan", "ly", "chi", "dao", "chuc", "nang", "tong", "hop", "muc");

    private JunkTextLayer() {
    }

    public static boolean isJunk(String pageText) {
        // Most pages are settled here, in one pass over the characters: a Vietnamese text layer marks most of its words.
        Counts counts = Counts.ofComposed(pageText);
        String text = null;
        if (counts == null) {
            text = Normalizer.normalize(pageText, Normalizer.Form.NFD);
            counts = Counts.ofDecomposed(text);
        }
        if (counts.letters < MIN_LETTERS || (double) counts.marked / counts.words >= MAX_MARKED_SHARE) {
            return false;
        }
        if (text == null) {
            text = Normalizer.normalize(pageText, Normalizer.Form.NFD);
        }
        int words = counts.words;
        String[] tokens = SPACES.split(text.strip());
        int nonWords = 0;
        int stripped = 0;
        for (String token : tokens) {
            if (letters(token) == 0) {
                continue;
            }
            String bare = MARKS.matcher(token).replaceAll("");
            if (!isWord(bare)) {
                nonWords++;
            } else if (STRIPPED.contains(NOT_LETTER.matcher(bare).replaceAll("").toLowerCase(java.util.Locale.ROOT))) {
                stripped++;
            }
        }
        return (double) nonWords / words >= MIN_NON_WORD_SHARE || (double) stripped / words >= MIN_STRIPPED_SHARE;
    }

    private static int letters(String token) {
        int n = 0;
        for (int i = 0; i < token.length(); i++) {
            n += Character.isLetter(token.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /** Letters, words (runs between white space holding a letter) and the words that hold a mark, as in NFD. */
    record Counts(int letters, int words, int marked) {

        /** Counted on the NFD text. */
        static Counts ofDecomposed(String text) {
            return count(text, false);
        }

        /**
         * Counted on the text as it came, each character as its NFD form counts, without decomposing the page;
         * null when a character's NFD form is more than one letter (Hangul) or it is half of a surrogate pair.
         */
        static Counts ofComposed(String text) {
            return count(text, true);
        }

        private static Counts count(String text, boolean composed) {
            int letters = 0;
            int words = 0;
            int marked = 0;
            int tokenLetters = 0;
            boolean tokenMarked = false;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (Chars.isRegexSpace(c)) { // what SPACES splits at
                    if (tokenLetters > 0) {
                        letters += tokenLetters;
                        words++;
                        marked += tokenMarked ? 1 : 0;
                    }
                    tokenLetters = 0;
                    tokenMarked = false;
                } else if (composed) {
                    int kind = DecomposedKind.of(c);
                    if (kind == DecomposedKind.UNKNOWN) {
                        return null;
                    }
                    tokenLetters += kind & DecomposedKind.LETTER;
                    tokenMarked |= (kind & DecomposedKind.MARKED) != 0;
                } else {
                    tokenLetters += Character.isLetter(c) ? 1 : 0;
                    tokenMarked |= isMark(Character.isHighSurrogate(c) ? text.codePointAt(i) : c);
                }
            }
            return new Counts(letters, words, marked);
        }
    }

    /** A combining mark (the text is in NFD) or a đ. */
    static boolean isMark(int c) {
        return c == 'đ' || c == 'Đ' || switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /**
     * A word, a number-symbol ({@code 52/BC-UBND}) or a word with its punctuation around it; not
     * letters mixed with digits or stray punctuation inside ({@code s6.fi,lL}, {@code /eD-}).
     */
    private static boolean isWord(String token) {
        String core = AROUND.matcher(token).replaceAll("");
        return WORD.matcher(core).matches() || NUMBER_SYMBOL.matcher(core).matches()
                || CAPITALS_HYPHENATED.matcher(core).matches() || HYPHENATED.matcher(core).matches();
    }
}
