package vn.soat.model;

/**
 * The report's opening citation compared with the request letter it is checked against: whether the
 * opening cites a request at all ({@code present}), and whether the number-symbol (compared without case
 * or lost hyphens), the date and the issuing body (leniently, as for recipients) are the letter's.
 * {@code citedDated}/{@code citedIssuerNamed} say whether the opening wrote a date and an issuer. The
 * location is the report's opening (the document's top when nothing is cited).
 */
public record LetterCitation(
        boolean present,
        boolean sameNumber,
        boolean sameDate,
        boolean sameIssuer,
        boolean citedDated,
        boolean citedIssuerNamed,
        String citedNumber,
        String citedDate,
        String citedIssuer,
        String letterNumber,
        String letterDate,
        String letterIssuer,
        String letterDisplay,
        Location location,
        String excerpt) implements Located {
}
