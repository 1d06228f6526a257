package vn.soat.model;

/**
 * A cited document that the data file {@code rules/superseded-documents.yaml} lists as replaced: {@code cited}
 * as written, {@code replacedBy} the document that replaced it, {@code effectiveDay} the epoch day the replacement
 * took effect ({@code effectiveText} as {@code 05/3/2020}), {@code documentDay} the epoch day of the citing
 * document's own date, {@code source} the clause that says so.
 */
public record ReplacedDocumentCitation(
        String cited,
        String replacedBy,
        long effectiveDay,
        String effectiveText,
        long documentDay,
        String source,
        Location location,
        String excerpt) implements Located {
}
