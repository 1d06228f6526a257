package vn.soat.rules;

import java.util.List;
import vn.soat.finding.Category;
import vn.soat.finding.Severity;

/**
 * A rule id with every case that reports under it, and the document types its cases apply to
 * ({@code @types} of each case; empty when a case applies to every NĐ30 document).
 */
public record CatalogueEntry(String id, Category category, List<Severity> severities, String legalBasis,
        List<String> cases, List<String> appliesTo) {
}
