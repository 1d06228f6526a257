package vn.soat.rules;

import java.util.List;
import vn.soat.finding.Category;
import vn.soat.finding.Severity;

/**
 * A rule id with every case that reports under it, and the document types its cases apply to
 * ({@code @types} of each case; empty when a case applies to every NĐ30 document).
 *
 * @param severities           the severities its cases declare in the DRL
 * @param configuredSeverities what its findings carry here: {@code severities}, or the one of
 *                             {@code soat.rules.severity.ID}
 * @param enabled              false when {@code soat.rules.disabled} lists the id: it never fires
 */
public record CatalogueEntry(String id, Category category, List<Severity> severities,
        List<Severity> configuredSeverities, boolean enabled, String legalBasis,
        List<String> cases, List<String> appliesTo) {
}
