package vn.soat.model;

/**
 * What kind of document this is (Nghị định 30/2020/NĐ-CP, Điều 7; Phụ lục III): {@code code} is the
 * abbreviation of {@code rules/document-types.yaml} ({@code BC}, {@code KH}, {@code QĐ}…, {@code CV} for a
 * công văn), {@code name} its Vietnamese name. {@code typeLineFound} is false when the type was inferred
 * (from the symbol, or assumed to be a report) rather than read from a type line; {@code report} says
 * the report-only rules apply, {@code reportAsLetter} that a report was written as a công văn;
 * {@code outOfScope} marks Party and mass-organisation documents, whose form NĐ30 does not govern.
 * {@code evidence} says how the type was recognised, in Vietnamese.
 */
public record DocumentType(
        String code,
        String name,
        boolean typeLineFound,
        boolean report,
        boolean reportAsLetter,
        boolean outOfScope,
        boolean needsAddressee,
        boolean articles,
        String evidence,
        Location location,
        String excerpt) implements Located {
}
