package vn.soat.parse.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.soat.model.Breakdown;
import vn.soat.model.CountedList;
import vn.soat.model.PercentClaim;
import vn.soat.model.QuantityStatement;
import vn.soat.model.ShareList;

/**
 * What the body claims about numbers (docs/domain.md §6), each kind read by its own detector from
 * the masked paragraphs. Anything a detector is unsure of yields no claim: a false error sends a
 * correct report back.
 */
public record Claims(List<Breakdown> breakdowns, List<CountedList> countedLists, List<PercentClaim> percents,
        List<ShareList> shares, List<QuantityStatement> quantities) {

    public static Claims scan(List<Paragraph> paragraphs) {
        List<Breakdown> breakdowns = new ArrayList<>();
        List<CountedList> countedLists = new ArrayList<>();
        List<PercentClaim> percents = new ArrayList<>();
        List<ShareList> shares = new ArrayList<>();
        List<QuantityStatement> quantities = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph paragraph = paragraphs.get(i);
            boolean digits = hasDigit(paragraph.masked());
            quantities.addAll(Quantities.in(paragraph, digits));
            if (!digits) {
                continue;
            }
            breakdowns.addAll(Totals.in(paragraph));
            breakdowns.addAll(PairedTotals.in(paragraph));
            countedLists.addAll(CountedLists.in(paragraphs, i));
            percents.addAll(Ratios.in(paragraph));
            shares.addAll(Shares.in(paragraph));
        }
        for (Paragraph section : bySection(paragraphs)) {
            percents.addAll(PartsOfWhole.in(section));
        }
        return new Claims(onePerTotal(breakdowns), countedLists, percents, shares, quantities);
    }

    /** Two detectors may read the same total of the same sentence (a paired total is also a plain one): keep one fact. */
    private static List<Breakdown> onePerTotal(List<Breakdown> breakdowns) {
        Map<String, Breakdown> unique = new LinkedHashMap<>();
        for (Breakdown b : breakdowns) {
            unique.putIfAbsent(b.claimAt() + "|" + b.location() + "|" + b.total(), b);
        }
        return List.copyOf(unique.values());
    }

    private static List<Paragraph> bySection(List<Paragraph> paragraphs) {
        List<Paragraph> sections = new ArrayList<>();
        List<Paragraph> current = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            if (!current.isEmpty() && !paragraph.section().equals(current.get(0).section())) {
                sections.add(Paragraph.join(current));
                current = new ArrayList<>();
            }
            current.add(paragraph);
        }
        if (!current.isEmpty()) {
            sections.add(Paragraph.join(current));
        }
        return sections;
    }

    static boolean hasDigit(String text) {
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
