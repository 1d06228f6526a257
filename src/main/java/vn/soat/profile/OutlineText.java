package vn.soat.profile;

import vn.soat.text.VietText;

/** Summary lines and headings as detection phrases compare them: no accents, no case, no punctuation. */
public final class OutlineText {

    private OutlineText() {
    }

    /** Folded words separated by single spaces. */
    public static String words(String text) {
        return VietText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
