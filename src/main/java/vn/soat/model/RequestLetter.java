package vn.soat.model;

import java.util.List;

/**
 * The request letter a report answers (docs/domain.md §7a), read from its own file: its number-symbol,
 * date ({@code epochDay}, -1 when unreadable), issuing body and summary line; {@code display} names it
 * as messages do ({@code Công văn số 559/SNgV-HTQT ngày 13/5/2026 của Sở Ngoại vụ}); the reporting
 * period it asks about ({@code periodKind} YEAR or FIRST_HALF, empty when it names none, and
 * {@code periodYear}); the items it asks for, in the letter's own words and lines. Locations are in
 * the letter, not in the report.
 */
public record RequestLetter(
        String numberSymbol,
        String dateText,
        long epochDay,
        String issuer,
        String subject,
        String display,
        String periodKind,
        int periodYear,
        String periodDisplay,
        List<LetterItem> items,
        Location location,
        String excerpt) implements Located {

    public RequestLetter {
        items = List.copyOf(items);
    }

    public boolean hasPeriod() {
        return !periodKind.isEmpty();
    }
}
