package vn.soat.model;

/**
 * The {@code Số:} line. {@code number} is empty when left blank (an unsigned draft);
 * {@code wellFormed} says whether number and symbol follow {@code N/TYPE-ISSUER} without spaces;
 * {@code typeCode} is the document-type abbreviation ({@code BC} for a report).
 */
public record DocumentNumber(
        String text,
        String number,
        String symbol,
        boolean wellFormed,
        String typeCode,
        boolean report,
        Location location,
        String excerpt) implements Located {

    public boolean isBlank() {
        return number.isEmpty();
    }
}
