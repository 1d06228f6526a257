package vn.soat.desk.round;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.soat.check.CheckPipeline;
import vn.soat.ingest.Submission;
import vn.soat.request.ReportRequest;

/**
 * A round's stored request letter as soát reads it, read once per content and rules version instead of once per
 * received file and page view (a PDF letter costs an extraction). Keyed by the letter's SHA-256 and the rules in use,
 * so a replaced letter, another instance's upload or a rules reload reads it afresh.
 */
final class ReadLetters {

    private static final int KEPT = 64;

    private final CheckPipeline pipeline;
    private final Map<String, ReportRequest> read = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReportRequest> eldest) {
            return size() > KEPT;
        }
    });

    ReadLetters(CheckPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The letter read as {@link CheckPipeline#readLetter} does; its exceptions pass through uncached. */
    ReportRequest read(Submission letter) {
        String key = pipeline.loaded().version() + ":" + sha256(letter.content());
        ReportRequest known = read.get(key);
        if (known != null) {
            return known;
        }
        ReportRequest fresh = pipeline.readLetter(letter);
        read.put(key, fresh);
        return fresh;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
