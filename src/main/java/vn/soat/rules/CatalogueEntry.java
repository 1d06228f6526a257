package vn.soat.rules;

import java.util.List;
import vn.soat.finding.Category;
import vn.soat.finding.Severity;

/** A rule id with every case that reports under it. */
public record CatalogueEntry(String id, Category category, List<Severity> severities, String legalBasis,
        List<String> cases) {
}
