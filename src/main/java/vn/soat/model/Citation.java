package vn.soat.model;

/**
 * A cited document: type word, number-symbol, date as written and as a day (epochDay, -1 if
 * absent or impossible), issuing body where written.
 */
public record Citation(
        String type,
        String numberSymbol,
        String dateText,
        boolean dated,
        boolean dateValid,
        long epochDay,
        String issuer,
        Location location,
        String excerpt) implements Located {
}
