package vn.soat.model;

/**
 * A cited document: type word, number-symbol, date as written and as a day (epochDay, -1 if
 * absent or impossible), issuing body where written. {@code numberYear} is the year inside the
 * number ({@code 72/2015/NĐ-CP} → 2015, 0 if none), {@code dateYear} the year of the written date;
 * {@code malformation} says how the number-symbol breaks the grammar for its kind (empty if it
 * does not); {@code request} marks the request letter of the opening.
 */
public record Citation(
        String type,
        String numberSymbol,
        String dateText,
        boolean dated,
        boolean dateValid,
        long epochDay,
        String issuer,
        int numberYear,
        int dateYear,
        String malformation,
        boolean request,
        Location location,
        String excerpt) implements Located {

    public Citation asRequest() {
        return new Citation(type, numberSymbol, dateText, dated, dateValid, epochDay, issuer, numberYear, dateYear,
                malformation, true, location, excerpt);
    }
}
