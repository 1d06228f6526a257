package vn.soat.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A document as received: its name (for display only), its bytes, and its format as sniffed from them once
 * ({@link FormatSniffer}; an empty file by its name's extension), so the web's refusal of unsupported content and the check agree without reading twice.
 */
public record Submission(String fileName, byte[] content, DocumentFormat format) {

    public Submission(String fileName, byte[] content) {
        this(fileName, content, FormatSniffer.sniff(fileName, content));
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
