package vn.soat.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Comparisons the way a Vietnamese reader makes them: without accents, case, or old/new tone placement. */
public final class VietText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Old-style tone placement in open syllables (hoà, thuý) → new style (hòa, thúy). */
    private static final String OLD_TONED = "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ";
    static final Pattern OLD_TONE = Pattern.compile("([oOuU])([" + OLD_TONED + "])(?!\\p{L})");

    private VietText() {
    }

    /** Lower case, no diacritics, đ → d, runs of white space as one space. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Chars.isRegexSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            char f = c < 0x80 && (c > 0x1F || c < 0x1C) ? Character.toLowerCase(c)
                    : c < CharFolds.LIMIT ? CharFolds.fold(c) : CharFolds.SLOW;
            if (f == CharFolds.SLOW) {
                return foldSlowly(text);
            }
            if (f != CharFolds.NONE) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(f);
            }
        }
        return out.toString();
    }

    /** {@link #fold} for any text, one {@link Normalizer} call for the whole of it. */
    static String foldSlowly(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The words of a text as {@link #fold} reads them, with everything but the letters a–z and digits as one
     * space between them: {@code "Sở Nội vụ, tỉnh Đắk Lắk"} → {@code "so noi vu tinh dak lak"}. Names on
     * certificates and stamps are compared this way, punctuation being the part that varies.
     */
    public static String words(String text) {
        return fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /**
     * Like {@link #fold} but keeps every character in place (same length as the NFC input), so an
     * index found in the folded text is an index in the original.
     */
    public static String foldInPlace(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            out.append(c < 0x80 ? Character.toLowerCase(c) : CharFolds.inPlace(c));
        }
        return out.toString();
    }

    /** Moves tone marks of {@code oa, oe, uy} to the new position so {@code Hoà} and {@code Hòa} compare equal. */
    public static String modernTones(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (!mayHaveOldTone(nfc)) {
            return nfc;
        }
        Matcher m = OLD_TONE.matcher(nfc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String vowel = m.group(1);
            String toned = m.group(2);
            String decomposed = Normalizer.normalize(toned, Normalizer.Form.NFD);
            String base = decomposed.substring(0, 1);
            String tone = decomposed.substring(1);
            String movedOnto = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
            m.appendReplacement(out, Matcher.quoteReplacement(movedOnto + base));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An o or u before a toned a, e or y: most texts have none, and then {@link #OLD_TONE} need not run. */
    static boolean mayHaveOldTone(String nfc) {
        for (int i = 0; i + 1 < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if ((c == 'o' || c == 'u' || c == 'O' || c == 'U') && OLD_TONED.indexOf(nfc.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code BÁO CÁO} → {@code Báo cáo}. */
    public static String sentenceCase(String text) {
        String lower = text.toLowerCase(java.util.Locale.forLanguageTag("vi"));
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + lower.substring(1);
    }

    public static boolean isUpperCase(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    /** Levenshtein similarity in [0, 1]. */
    public static double similarity(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 1.0 : 1.0 - (double) previous[b.length()] / longest;
    }
}
