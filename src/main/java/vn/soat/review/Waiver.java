package vn.soat.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's judgement that a finding is wrong (docs/findings.md, "The reviewer's desk":
 * {@code POST /api/v1/submissions/{id}/waivers}). It names the rule id and the finding's excerpt,
 * so it covers the same finding in the unit's next file of the round wherever its line moved.
 *
 * @param ruleId the finding's rule id, e.g. {@code NUM_TOTAL_MISMATCH}
 * @param excerpt the finding's excerpt as shown to the reviewer
 * @param reason why the finding is wrong, in the reviewer's words
 * @param author the reviewer's user name
 * @param time when the waiver was given
 */
public record Waiver(String ruleId, String excerpt, String reason, String author, Instant time) {

    public Waiver {
        Objects.requireNonNull(ruleId, "ruleId");
        excerpt = excerpt == null ? "" : excerpt;
        reason = reason == null ? "" : reason;
        author = author == null ? "" : author;
    }

    /** The key this waiver covers: its rule id and excerpt, any case. */
    public FindingKey key() {
        return FindingKey.anyCase(ruleId, excerpt);
    }
}
