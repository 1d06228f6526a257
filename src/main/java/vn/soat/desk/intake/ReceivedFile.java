package vn.soat.desk.intake;

import java.time.Instant;

/**
 * A file received for a round, as stored before and after its check.
 *
 * @param unitCode  the unit it came from; empty while unknown (the check has not run, or the issuer fit no
 *                  unit or several: the reviewer chooses)
 * @param unitMatch how the unit was decided: GIVEN (named at intake), ISSUER (recognised from the header),
 *                  REVIEWER (chosen by hand), UNSURE (left for the reviewer), PENDING (not checked yet)
 * @param status    WAITING (stored, its check job not run yet), CHECKED, FAILED
 * @param checkId   the stored check ({@code /api/v1/checks/{id}} shape); empty until CHECKED
 * @param verdict   PASSED, REVIEW or RETURNED; empty until CHECKED
 */
public record ReceivedFile(String id, String periodId, String unitCode, String unitMatch, String fileName, String sha256,
        long sizeBytes, String status, String checkId, String issuer, String verdict, int errors, int warnings,
        String receivedBy, Instant receivedAt) {

    public static final String WAITING = "WAITING";
    public static final String CHECKED = "CHECKED";
    public static final String FAILED = "FAILED";

    public boolean checked() {
        return CHECKED.equals(status);
    }
}
