package vn.soat.rules;

import vn.soat.finding.Category;
import vn.soat.finding.Severity;

/** One DRL rule as the catalogue shows it. Several rules may share an id (the cases of one check). */
public record RuleInfo(
        String id,
        String name,
        Category category,
        Severity severity,
        String legalBasis,
        String summary,
        String file,
        TypeScope types,
        boolean skippedOnOcr,
        boolean headerAbsence) {
}
