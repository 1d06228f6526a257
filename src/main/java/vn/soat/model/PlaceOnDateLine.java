package vn.soat.model;

/**
 * The place on the date line next to the administrative unit where the issuer sits (Nghị định 30/2020/NĐ-CP, Phụ
 * lục I, Mục II.4.a: the official name of that unit). {@code issuerUnit} is the unit read from the header
 * ({@code tỉnh Hậu Giang} for a Sở under {@code UBND TỈNH HẬU GIANG}, {@code xã Phú Đình} for its UBND), empty
 * when the header does not say; {@code placeUnit} the unit the place names according to the gazetteer or the
 * header ({@code thành phố Vị Thanh}), empty when it names none that is known; {@code sameUnit} whether place
 * and issuer's unit are one name (compared without accents, case or a {@code TP.} prefix).
 */
public record PlaceOnDateLine(
        String place,
        String issuerUnit,
        boolean knownIssuerUnit,
        String placeUnit,
        boolean placeIsUnit,
        boolean sameUnit,
        Location location,
        String excerpt) implements Located {
}
