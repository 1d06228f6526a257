package vn.soat.ingest;

import java.security.MessageDigest;
import java.text.Normalizer;
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

    /** How many characters of an uploaded file's name are kept: the most a file system gives, and what every table holds. */
    public static final int MAX_NAME = 255;

    /**
     * The name a client sent for an upload, as kept for display: its last path segment (an old browser sends
     * {@code C:\\…\\x.pdf}, a crafted request {@code ../../x.pdf}), in NFC (a Mac sends decomposed letters), at most
     * {@link #MAX_NAME} characters with its extension kept. Empty when nothing is left.
     */
    public static String uploadedName(String sent) {
        String name = sent == null ? "" : sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        if (name.length() <= MAX_NAME) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int cut = MAX_NAME - extension.length() - 1;
        if (Character.isHighSurrogate(name.charAt(cut - 1))) {
            cut--;
        }
        return name.substring(0, cut) + "…" + extension;
    }

    /** {@link #uploadedName}, or {@code tệp-không-tên} when nothing is left: the name a checked upload is shown by. */
    public static String uploadedNameOrUntitled(String sent) {
        String name = uploadedName(sent);
        return name.isEmpty() ? "tệp-không-tên" : name;
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
