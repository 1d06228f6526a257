package vn.soat.desk.decision;

import java.time.Instant;

/**
 * A reviewer's decision on a received file, as recorded (never changed: a later decision is a new one).
 *
 * @param decision ACCEPTED (Chấp nhận) or RETURNED (Trả lại)
 * @param comment  the text sent with it, as the reviewer left it
 */
public record Decision(String id, String submissionId, String decision, String comment, String decidedBy, Instant decidedAt) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String RETURNED = "RETURNED";

    /** "Chấp nhận" or "Trả lại". */
    public String label() {
        return ACCEPTED.equals(decision) ? "Chấp nhận" : "Trả lại";
    }
}
