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
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009' -> out.append(' ');
                case '\u2010', '\u2011' -> out.append('-');
                // Word's bullets drawn from the Symbol and Wingdings fonts come out of PDFs as private-use characters.
                case '\uF0B7', '\uF0A7', '\uF076', '\uF0D8', '\uF0FC', '\uF06E' -> out.append('•');
                case '\u200B', '\uFEFF', '\u00AD' -> { }
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
