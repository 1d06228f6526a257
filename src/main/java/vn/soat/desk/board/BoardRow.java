package vn.soat.desk.board;

import java.time.Instant;

/**
 * One expected unit of a round on the board.
 *
 * @param state        MISSING (sent nothing), WAITING (latest file not checked yet), FAILED (its check failed), CHECKED
 * @param submissionId the latest file's id; empty when MISSING
 * @param receivedAt   when the latest file was received; {@code null} when MISSING (JSON null)
 * @param late         whether the latest file came in after the round's deadline (Vietnam's calendar day); false when MISSING
 * @param files        how many files the unit sent in the round
 * @param verdict      PASSED, REVIEW, RETURNED; empty until checked
 * @param errors       ERROR findings of the latest file that no waiver covers
 * @param warnings     WARNING findings of the latest file that no waiver covers
 * @param waived       findings of the latest file covered by a reviewer's waiver (shown on its page)
 * @param decision     ACCEPTED or RETURNED, the latest decision on the latest file; empty when none
 */
public record BoardRow(String unitCode, String unitName, String state, String submissionId, String fileName, Instant receivedAt,
        boolean late, int files, String verdict, int errors, int warnings, int waived, String decision, String decidedBy) {

    public boolean missing() {
        return "MISSING".equals(state);
    }
}
