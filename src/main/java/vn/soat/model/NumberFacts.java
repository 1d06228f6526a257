package vn.soat.model;

import java.util.ArrayList;
import java.util.List;

/** What the report claims about numbers and dates in its body, and documents it cites two ways. */
public record NumberFacts(
        List<Breakdown> breakdowns,
        List<CountedList> countedLists,
        List<PercentClaim> percents,
        List<ShareList> shares,
        List<QuantityStatement> quantities,
        List<TableTotal> tableTotals,
        List<CitationVariants> citationVariants,
        List<BodyDate> bodyDates) {

    public List<Object> all() {
        List<Object> all = new ArrayList<>();
        all.addAll(breakdowns);
        all.addAll(countedLists);
        all.addAll(percents);
        all.addAll(shares);
        all.addAll(quantities);
        all.addAll(tableTotals);
        all.addAll(citationVariants);
        all.addAll(bodyDates);
        return all;
    }
}
