package vn.soat.desk.decision;

import java.util.List;
import java.util.Optional;
import vn.soat.check.CheckResult;
import vn.soat.finding.Finding;
import vn.soat.review.Resubmission;
import vn.soat.review.ReturnComment;
import vn.soat.review.Waiver;
import vn.soat.review.Waivers;

/**
 * A dossier as the reviewer reads it, through the pure pieces of {@code vn.soat.review}: each finding
 * with the waiver that covers it (shown, never dropped), the return comment drafted from the findings
 * no waiver covers, and the comparison with the unit's previous file of the round.
 *
 * @param comparison empty for a unit's first file, or while either file waits for its check
 * @param pdf        whether the file is a PDF, so an annotated copy can be made
 */
public record Reviewed(List<Waivers.Applied> findings, String draftedComment, Optional<Resubmission.Comparison> comparison,
        boolean pdf) {

    /** The reviewer's waivers in the form the review pieces match. */
    public static List<Waiver> waivers(Dossier dossier) {
        return dossier.waivers().stream().map(w -> new Waiver(w.ruleId(), w.excerpt(), w.reason(), w.createdBy(), w.createdAt()))
                .toList();
    }

    public static Reviewed of(Dossier dossier, Dossiers dossiers) {
        List<Waiver> waivers = waivers(dossier);
        List<Finding> findings = dossier.result().map(CheckResult::findings).orElse(List.of());
        String comment = dossier.result().map(r -> ReturnComment.draft(r, waivers)).orElse("");
        Optional<Resubmission.Comparison> comparison = dossier.previous().flatMap(dossiers::result)
                .flatMap(before -> dossier.result().map(now -> Resubmission.compare(before.findings(), now.findings())));
        boolean pdf = dossier.result().map(r -> "PDF".equalsIgnoreCase(r.format())).orElse(false);
        return new Reviewed(Waivers.apply(findings, waivers), comment, comparison, pdf);
    }

    /** Errors and warnings no waiver covers. */
    public long unwaived(vn.soat.finding.Severity severity) {
        return findings.stream().filter(a -> !a.waived() && a.finding().severity() == severity).count();
    }
}
