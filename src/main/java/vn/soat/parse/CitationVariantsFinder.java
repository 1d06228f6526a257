package vn.soat.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.soat.model.Citation;
import vn.soat.model.CitationVariants;

/**
 * Finds one document cited two ways (docs/citations.md): the same kind of document, issuer and
 * date, with digits transposed ({@code 1879} / {@code 1789}) or a number without its year one slip
 * of the pen apart under the same title, or the same
 * number-symbol with two dates. Documents listed together ({@code số 1053/QĐ-UBND, 1054/QĐ-UBND
 * ngày 30/8/2025}) or about different subjects are different documents: a province issues many
 * decisions a day, numbered one after another.
 */
final class CitationVariantsFinder {

    private CitationVariantsFinder() {
    }

    /** A citation with what identifies it computed once: long reports cite hundreds of documents. */
    private record Cited(Citation citation, String kindAndSymbol, String number, String key, Set<String> issuer,
            Set<String> subject) {

        static Cited of(Citation c) {
            String kindAndSymbol = CitationIdentity.kind(c) + "|"
                    + CitationIdentity.normalised(CitationIdentity.symbol(c.numberSymbol()));
            return new Cited(c, kindAndSymbol, CitationIdentity.number(c.numberSymbol()), CitationIdentity.key(c),
                    CitationIdentity.issuerWords(c), CitationIdentity.words(c.subject()));
        }
    }

    static List<CitationVariants> find(List<Citation> citations) {
        List<Cited> all = citations.stream().map(Cited::of).toList();
        Set<String> listedTogether = listedTogether(all);
        List<Cited> dated = all.stream().filter(c -> c.citation().dateValid()).toList();
        List<CitationVariants> found = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (int j = 0; j < dated.size(); j++) {
            Cited later = dated.get(j);
            for (int i = 0; i < j; i++) {
                Cited earlier = dated.get(i);
                Citation a = earlier.citation();
                Citation b = later.citation();
                boolean sameDay = a.epochDay() == b.epochDay();
                boolean numbersSlip = sameDay && oneNumberMiswritten(earlier, later);
                boolean datesDiffer = !sameDay && earlier.number().equals(later.number()) && sameYearOrYeared(a, b);
                if ((!numbersSlip && !datesDiffer) || !mayBeOneDocument(earlier, later)
                        || listedTogether.contains(pair(earlier, later))) {
                    continue;
                }
                if (numbersSlip && reported.add(pair(earlier, later))) {
                    found.add(new CitationVariants("NUMBER", b.type() + " ngày " + b.dateText(), a.numberSymbol(),
                            b.numberSymbol(), a.location().line(), b.location(), b.excerpt()));
                } else if (datesDiffer && reported.add("D|" + later.key() + "|" + b.epochDay())) {
                    found.add(new CitationVariants("DATE", b.type() + " số " + b.numberSymbol(), a.dateText(),
                            b.dateText(), a.location().line(), b.location(), b.excerpt()));
                }
            }
        }
        return found;
    }

    /** Documents once listed together are different documents wherever else they are cited. */
    private static Set<String> listedTogether(List<Cited> all) {
        Map<Integer, List<Cited>> lists = all.stream().filter(c -> c.citation().listedWith() != 0)
                .collect(Collectors.groupingBy(c -> c.citation().listedWith()));
        Set<String> pairs = new HashSet<>();
        for (List<Cited> list : lists.values()) {
            for (Cited a : list) {
                for (Cited b : list) {
                    pairs.add(pair(a, b));
                }
            }
        }
        return pairs;
    }

    private static String pair(Cited a, Cited b) {
        return a.key().compareTo(b.key()) < 0 ? a.key() + "|" + b.key() : b.key() + "|" + a.key();
    }

    /**
     * What a reviewer reads as one number miswritten, not two documents of one day: the digits
     * transposed ({@code 1879} / {@code 1789}), or, for a number without its year, a slip of the pen
     * under the same title written after both mentions. A number with its year ({@code 30/2023/QĐ-TTg})
     * names one document: {@code 30/2023} and {@code 31/2023} of one day are two decisions.
     */
    private static boolean oneNumberMiswritten(Cited a, Cited b) {
        if (!CitationIdentity.slip(a.number(), b.number())) {
            return false;
        }
        boolean yeared = a.citation().numberYear() > 0 || b.citation().numberYear() > 0;
        if (CitationIdentity.transposed(a.number(), b.number())) {
            return !yeared || a.number().length() >= CitationIdentity.TRANSPOSED_YEARED;
        }
        return !yeared && CitationIdentity.sameTitle(a.subject(), b.subject());
    }

    /** Same kind and symbol, issuers and subjects that agree. */
    private static boolean mayBeOneDocument(Cited a, Cited b) {
        return a.kindAndSymbol().equals(b.kindAndSymbol()) && CitationIdentity.compatibleIssuers(a.issuer(), b.issuer())
                && CitationIdentity.compatibleSubjects(a.subject(), b.subject());
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
