package vn.soat.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.soat.model.Citation;
import vn.soat.model.CitationVariants;

/**
 * Finds one document cited two ways (docs/domain.md §5, one document cited two ways): same type, symbol and date with
 * numbers that differ by a slip (the same digits in another order, or one digit changed), or the
 * same number-symbol with two dates. Different numbers that are not alike are taken to be
 * different documents of the same day — common for a province's decisions — and left alone.
 */
final class CitationVariantsFinder {

    private CitationVariantsFinder() {
    }

    static List<CitationVariants> find(List<Citation> citations) {
        List<CitationVariants> found = new ArrayList<>();
        Map<String, Citation> bySymbolAndDate = new LinkedHashMap<>();
        Map<String, Citation> byNumberSymbol = new LinkedHashMap<>();
        for (Citation c : citations) {
            if (!c.dateValid()) {
                continue;
            }
            String number = number(c.numberSymbol());
            String symbolKey = VietText.fold(c.type()) + "|" + symbol(c.numberSymbol()) + "|" + c.epochDay();
            Citation earlier = bySymbolAndDate.putIfAbsent(symbolKey, c);
            if (earlier != null && !number(earlier.numberSymbol()).equals(number)
                    && slip(number(earlier.numberSymbol()), number)) {
                found.add(new CitationVariants("NUMBER", c.type() + " ngày " + c.dateText(), earlier.numberSymbol(),
                        c.numberSymbol(), earlier.location().line(), c.location(), c.excerpt()));
            }
            String fullKey = VietText.fold(c.type()) + "|" + normalised(c.numberSymbol());
            Citation sameNumber = byNumberSymbol.putIfAbsent(fullKey, c);
            if (sameNumber != null && sameNumber.epochDay() != c.epochDay()) {
                found.add(new CitationVariants("DATE", c.type() + " số " + c.numberSymbol(), sameNumber.dateText(),
                        c.dateText(), sameNumber.location().line(), c.location(), c.excerpt()));
            }
        }
        return found;
    }

    private static String number(String numberSymbol) {
        return numberSymbol.replaceFirst("^(\\d+).*$", "$1").replaceFirst("^0+(?=\\d)", "");
    }

    /** The symbol without the number; hyphens dropped because PDF extraction loses them ({@code QĐUBND}). */
    private static String symbol(String numberSymbol) {
        return normalised(numberSymbol.replaceFirst("^\\d+", ""));
    }

    private static String normalised(String text) {
        return text.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    /** The same digits in another order, or one digit changed. */
    static boolean slip(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        int differences = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i]) {
                differences++;
            }
        }
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return differences == 1 || java.util.Arrays.equals(x, y);
    }
}
