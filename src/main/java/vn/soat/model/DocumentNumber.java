package vn.soat.model;

import vn.soat.text.VietText;

/**
 * The {@code Số:} line. {@code number} is empty when left blank (an unsigned draft); {@code year} is
 * the year of a legal normative document's number ({@code 15/2010/QĐ-UBND}), else empty;
 * {@code wellFormed} says whether number and symbol follow {@code N[/YYYY]/TYPE-ISSUER} without spaces
 * (the gap e-office leaves around a stamped number is not counted); {@code typeCode} is the
 * document-type abbreviation the symbol starts with ({@code BC}), empty when it has none (a công văn).
 */
public record DocumentNumber(
        String text,
        String number,
        String year,
        String symbol,
        boolean wellFormed,
        String typeCode,
        Location location,
        String excerpt) implements Located {

    public boolean isBlank() {
        return number.isEmpty();
    }

    /** The symbol carries the given type's abbreviation, compared without accents or case ({@code QĐ} = {@code QD}). */
    public boolean typeCodeIs(String code) {
        return !typeCode.isEmpty() && VietText.fold(typeCode).equals(VietText.fold(code));
    }
}
