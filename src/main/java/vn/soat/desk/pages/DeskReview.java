package vn.soat.desk.pages;

import java.util.List;
import java.util.Optional;
import vn.soat.check.CheckResult;
import vn.soat.desk.decision.Dossier;
import vn.soat.desk.decision.Dossiers;
import vn.soat.desk.decision.StoredWaiver;
import vn.soat.finding.Finding;

/**
 * What the submission page shows beyond the stored dossier: each finding with the waiver that covers
 * it, the drafted return comment, and the comparison with the unit's previous file.
 */
record DeskReview(List<Shown> findings, String draftedComment, boolean pdf) {

    /** A finding, and the waiver that covers it when one does: shown, never dropped. */
    record Shown(Finding finding, Optional<StoredWaiver> waiver) {
    }

    static DeskReview of(Dossier dossier, Dossiers dossiers) {
        List<Finding> findings = dossier.result().map(CheckResult::findings).orElse(List.of());
        boolean pdf = dossier.result().map(r -> "PDF".equalsIgnoreCase(r.format())).orElse(false);
        return new DeskReview(findings.stream().map(f -> new Shown(f, Optional.<StoredWaiver>empty())).toList(), "", pdf);
    }
}
