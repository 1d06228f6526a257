package vn.soat.desk.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An issuer's name reduced for comparison: no diacritics (đ → d), upper case, punctuation as spaces,
 * and "ỦY BAN NHÂN DÂN" written as its abbreviation UBND, so "Ủy ban nhân dân xã Lũng Niêm" and
 * "UBND XÃ LŨNG NIÊM" compare equal.
 */
public final class IssuerName {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^A-Z0-9]+");

    private IssuerName() {
    }

    /** The comparable form; an empty string for a blank name. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD))
                .replaceAll("");
        String words = NOT_WORD.matcher(bare.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
        return (" " + words + " ").replace(" UY BAN NHAN DAN ", " UBND ").strip();
    }
}
