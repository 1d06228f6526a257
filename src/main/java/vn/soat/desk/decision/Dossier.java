package vn.soat.desk.decision;

import java.util.List;
import java.util.Optional;
import vn.soat.check.CheckResult;
import vn.soat.desk.intake.ReceivedFile;

/**
 * Everything about one received file a reviewer needs (GET /api/v1/submissions/{id}).
 *
 * @param result    the check result; empty while the file waits for its check or when the check failed
 * @param decisions the audit trail, oldest first
 * @param waivers   the waivers that apply to this file: given on it or on the unit's earlier files of the round
 * @param previous  the unit's file received just before this one in the round, if any
 * @param withdrawn the waivers given on this file and withdrawn since, with who and when
 */
public record Dossier(ReceivedFile submission, Optional<CheckResult> result, List<Decision> decisions, List<StoredWaiver> waivers,
        Optional<ReceivedFile> previous, List<WithdrawnWaiver> withdrawn) {
}
