package vn.soat.parse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Signing titles known from the issuer catalogue, plus the titles units commonly sign with under TL./TUQ. */
final class TitleRegistry {

    private static final String[] TITLE_WORDS = {"CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG", "CHÁNH VĂN PHÒNG", "THỨ TRƯỞNG",
        "BÍ THƯ", "PHÓ "};
    private final Set<String> titles = new HashSet<>();

    TitleRegistry(IssuerCatalogue catalogue) {
        for (IssuerCatalogue.Body body : catalogue.bodies()) {
            titles.add(body.head());
            titles.add(body.deputy());
        }
    }

    static String normalise(String title) {
        return VietText.modernTones(title).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.:;,]+$", "")
                .strip();
    }

    /** A whole unit that is a signing title: a known one, or an upper-case line of a few words naming one. */
    boolean isTitle(String text) {
        if (!VietText.isUpperCase(text)) {
            return false;
        }
        String title = normalise(text);
        if (titles.contains(title)) {
            return true;
        }
        if (title.split(" ").length > 8 || title.matches(".*\\d.*")) {
            return false;
        }
        for (String word : TITLE_WORDS) {
            if (title.startsWith(word) || title.equals(word.strip())) {
                return true;
            }
        }
        return title.contains("TRƯỞNG PHÒNG") || title.contains("GIÁM ĐỐC");
    }
}
