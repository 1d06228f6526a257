package vn.soat.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.soat.model.Citation;
import vn.soat.model.CitationVariants;

/**
 * Finds one document cited two ways (regulations.md §5 (4)): the same kind of document, issuer and
 * date, with numbers one slip of the pen apart ({@code 1879} / {@code 1789}), or the same
 * number-symbol with two dates. Documents listed together ({@code số 1053/QĐ-UBND, 1054/QĐ-UBND
 * ngày 30/8/2025}) or about different subjects are different documents: a province issues many
 * decisions a day, numbered one after another.
 */
final class CitationVariantsFinder {

    private CitationVariantsFinder() {
    }

    static List<CitationVariants> find(List<Citation> citations) {
        List<CitationVariants> found = new ArrayList<>();
        Set<String> listedTogether = listedTogether(citations);
        Set<String> reported = new HashSet<>();
        for (int j = 0; j < citations.size(); j++) {
            Citation later = citations.get(j);
            for (int i = 0; i < j; i++) {
                Citation earlier = citations.get(i);
                if (!mayBeOneDocument(earlier, later) || listedTogether.contains(pair(earlier, later))) {
                    continue;
                }
                String a = CitationIdentity.number(earlier.numberSymbol());
                String b = CitationIdentity.number(later.numberSymbol());
                if (earlier.epochDay() == later.epochDay() && CitationIdentity.slip(a, b)
                        && reported.add(pair(earlier, later))) {
                    found.add(new CitationVariants("NUMBER", later.type() + " ngày " + later.dateText(),
                            earlier.numberSymbol(), later.numberSymbol(), earlier.location().line(), later.location(),
                            later.excerpt()));
                } else if (a.equals(b) && earlier.epochDay() != later.epochDay() && sameYearOrYeared(earlier, later)
                        && reported.add("D|" + CitationIdentity.key(later) + "|" + later.epochDay())) {
                    found.add(new CitationVariants("DATE", later.type() + " số " + later.numberSymbol(),
                            earlier.dateText(), later.dateText(), earlier.location().line(), later.location(),
                            later.excerpt()));
                }
            }
        }
        return found;
    }

    /** Documents once listed together are different documents wherever else they are cited. */
    private static Set<String> listedTogether(List<Citation> citations) {
        Set<String> pairs = new HashSet<>();
        for (Citation a : citations) {
            for (Citation b : citations) {
                if (a.listedWith() != 0 && a.listedWith() == b.listedWith()) {
                    pairs.add(pair(a, b));
                }
            }
        }
        return pairs;
    }

    private static String pair(Citation a, Citation b) {
        String x = CitationIdentity.key(a);
        String y = CitationIdentity.key(b);
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    /** Same kind and symbol, both dated, not listed together, issuers and subjects that agree. */
    private static boolean mayBeOneDocument(Citation a, Citation b) {
        return a.dateValid() && b.dateValid()
                && (a.listedWith() == 0 || a.listedWith() != b.listedWith())
                && CitationIdentity.kind(a).equals(CitationIdentity.kind(b))
                && CitationIdentity.normalised(CitationIdentity.symbol(a.numberSymbol()))
                        .equals(CitationIdentity.normalised(CitationIdentity.symbol(b.numberSymbol())))
                && CitationIdentity.compatibleIssuers(a, b) && CitationIdentity.compatibleSubjects(a, b);
    }

    /**
     * Numbers without a year restart every year ({@code 01/KH-UBND} of 2023 and of 2024 are two
     * plans), so the same number with dates in two years is two documents; a number that carries
     * its year names one document.
     */
    private static boolean sameYearOrYeared(Citation a, Citation b) {
        return a.numberYear() > 0 || a.dateYear() == b.dateYear();
    }
}
