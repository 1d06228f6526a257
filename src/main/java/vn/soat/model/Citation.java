package vn.soat.model;

/**
 * A cited document: type word, number-symbol, date as written and as a day (epochDay, -1 if
 * absent or impossible), issuing body and subject (the {@code về …} that follows) where written.
 * {@code numberYear} is the year inside the number ({@code 72/2015/NĐ-CP} → 2015, 0 if none),
 * {@code dateYear} the year of the written date; {@code malformation} says how the number-symbol
 * breaks the grammar for its kind (empty if it does not). {@code listedWith} is the same non-zero
 * value for documents cited together in one list ({@code Quyết định số 1053/QĐ-UBND, 1054/QĐ-UBND
 * ngày 30/8/2025}), 0 for one cited alone. {@code request} marks the request letter of the opening.
 * A document mentioned again is judged once: {@code firstMention} is false when an earlier mention
 * has the same type and number-symbol, {@code restated} true when it also has the same date (or
 * this mention gives none), so the mention says nothing new.
 */
public record Citation(
        String type,
        String numberSymbol,
        String dateText,
        boolean dated,
        boolean dateValid,
        long epochDay,
        String issuer,
        String subject,
        int numberYear,
        int dateYear,
        String malformation,
        int listedWith,
        boolean request,
        boolean firstMention,
        boolean restated,
        Location location,
        String excerpt) implements Located {

    /** The request letter when the opening grounds the report on a standing duty and cites no letter. */
    public static Citation unwritten(Location location, String excerpt) {
        return new Citation("", "", "", false, false, -1L, "", "", 0, 0, "", 0, true, true, false, location, excerpt);
    }

    public Citation asRequest() {
        return new Citation(type, numberSymbol, dateText, dated, dateValid, epochDay, issuer, subject, numberYear,
                dateYear, malformation, listedWith, true, firstMention, restated, location, excerpt);
    }

    public Citation mentioned(boolean first, boolean again) {
        return new Citation(type, numberSymbol, dateText, dated, dateValid, epochDay, issuer, subject, numberYear,
                dateYear, malformation, listedWith, request, first, again, location, excerpt);
    }
}
