package vn.soat.desk.decision;

import java.time.Instant;

/**
 * A finding a reviewer judged wrong, as kept: given on one file, applied to that unit's later files
 * in the same round.
 *
 * @param submissionId the file it was given on
 */
public record StoredWaiver(String id, String submissionId, String ruleId, String excerpt, String reason, String createdBy,
        Instant createdAt) {
}
