package vn.soat.model;

/**
 * One authority line of a signature block that starts with a marker ({@code TM.}, {@code KT.}, {@code TL.},
 * {@code TUQ.}, {@code Q.}), as written: PL-I Mục II.7 writes the marker with its dot and a space after it.
 *
 * @param marker the marker without its dot ({@code KT})
 * @param dotted the dot is there ({@code KT BỘ TRƯỞNG} is not)
 * @param spaced a space follows the dot ({@code KT.CHỦ TỊCH} has none)
 */
public record AuthorityMarker(String line, String marker, boolean dotted, boolean spaced, Location location,
        String excerpt) implements Located {
}
