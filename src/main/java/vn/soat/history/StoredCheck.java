package vn.soat.history;

import java.time.Instant;

/** A check as kept in the history: the submission's identity and the result exactly as it was returned. */
public record StoredCheck(String id, String fileName, String sha256, long sizeBytes, String profile, String verdict,
        String resultJson, Instant createdAt) {
}
