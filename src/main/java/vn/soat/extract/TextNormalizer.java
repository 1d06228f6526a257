package vn.soat.extract;

import java.text.Normalizer;

/**
 * Brings extracted text to one form before parsing: NFC (PDFBox and some keyboards give
 * decomposed Vietnamese, which defeats every pattern), ordinary spaces and hyphens.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        int first = 0;
        while (first < nfc.length() && plain(nfc.charAt(first)) == nfc.charAt(first)) {
            first++;
        }
        if (first == nfc.length()) {
            return nfc;
        }
        StringBuilder out = new StringBuilder(nfc.length()).append(nfc, 0, first);
        for (int i = first; i < nfc.length(); i++) {
            int c = plain(nfc.charAt(i));
            if (c != DROPPED) {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static final int DROPPED = -1;

    /** What a character becomes: itself, its ordinary form, or {@link #DROPPED}. */
    private static int plain(char c) {
        return switch (c) {
            case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009' -> ' ';
            case '\u2010', '\u2011' -> '-';
            // Word's bullets drawn from the Symbol and Wingdings fonts come out of PDFs as private-use characters.
            case '\uF0B7', '\uF0A7', '\uF076', '\uF0D8', '\uF0FC', '\uF06E' -> '•';
            case '\u200B', '\uFEFF', '\u00AD', '\r' -> DROPPED;
            default -> c;
        };
    }
}
