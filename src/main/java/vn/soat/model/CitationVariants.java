package vn.soat.model;

/**
 * One cited document written two ways in the same report: the same kind, symbol, issuer and date
 * with numbers that differ by a slip of the pen ({@code 1879} / {@code 1789}), or the same
 * number-symbol with two dates.
 */
public record CitationVariants(String kind, String document, String first, String second, int firstLine,
        Location location, String excerpt) implements Located {

    public boolean isNumbers() {
        return kind.equals("NUMBER");
    }
}
