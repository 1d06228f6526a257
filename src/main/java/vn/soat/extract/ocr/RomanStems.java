package vn.soat.extract.ocr;

import java.util.regex.Pattern;

/**
 * Tesseract's LSTM models drop a repeated letter now and then, and Roman heading numbers are made
 * of nothing else: "III." comes back as "II.", which would be a numbering defect that is not on
 * the page. For a word of I's, the I's are counted on the image instead: a stem is a run of
 * columns inked over most of the word's height (serifs and the full stop are not).
 */
final class RomanStems {

    private static final Pattern ONLY_IS = Pattern.compile("^(I{1,3})(\\.?)$");
    private static final double STEM_SHARE = 0.6;

    private RomanStems() {
    }

    static String correct(TsvLayout.Word word, PageImage image) {
        var m = ONLY_IS.matcher(word.text());
        if (image == null || !m.matches() || word.height() < 10) {
            return word.text();
        }
        int stems = 0;
        boolean inStem = false;
        for (int x = word.left(); x < word.right(); x++) {
            int ink = 0;
            for (int y = word.top(); y < word.top() + word.height(); y++) {
                if (image.isInk(x, y)) {
                    ink++;
                }
            }
            boolean stem = ink >= STEM_SHARE * word.height();
            if (stem && !inStem) {
                stems++;
            }
            inStem = stem;
        }
        return stems >= 1 && stems <= 3 ? "I".repeat(stems) + m.group(2) : word.text();
    }
}
