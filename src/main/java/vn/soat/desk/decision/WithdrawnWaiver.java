package vn.soat.desk.decision;

import java.time.Instant;

/** A waiver given on a file and withdrawn since: part of the file's audit trail, applied to nothing any more. */
public record WithdrawnWaiver(StoredWaiver waiver, String withdrawnBy, Instant withdrawnAt) {
}
