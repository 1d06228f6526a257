package vn.soat.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides a submission's format from its first bytes: {@code %PDF} → PDF, a zip holding
 * {@code word/document.xml} → DOCX, anything that decodes as text → TXT. Empty input is TXT
 * (it is then reported as having no text rather than as unreadable).
 */
public final class FormatSniffer {

    private FormatSniffer() {
    }

    public static DocumentFormat sniff(byte[] content) {
        if (startsWith(content, "%PDF".getBytes())) {
            return DocumentFormat.PDF;
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return holdsWordDocument(content) ? DocumentFormat.DOCX : DocumentFormat.UNKNOWN;
        }
        return TextDecoder.decode(content).isPresent() ? DocumentFormat.TXT : DocumentFormat.UNKNOWN;
    }

    private static boolean holdsWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
