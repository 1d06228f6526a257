package vn.soat.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides a submission's format from its first bytes: {@code %PDF} → PDF, a zip holding
 * {@code word/document.xml} → DOCX, an OLE2 compound file holding a {@code WordDocument} stream →
 * DOC (Word 97-2003), an HTML page → not a document, anything else that decodes as text → TXT. Empty content (no byte, or only blanks) tells
 * nothing: {@link #sniff(String, byte[])} then takes the format the file's name says, so that an empty
 * {@code .pdf} is reported as an empty PDF (DOC_NO_TEXT, "tệp rỗng"), not as a text file.
 */
public final class FormatSniffer {

    private FormatSniffer() {
    }

    /**
     * The format of a file: by its content, or by its name's extension ({@code .pdf}, {@code .docx}, {@code .doc},
     * else TXT) when the content is empty ({@link #isBlank(byte[])}).
     */
    public static DocumentFormat sniff(String fileName, byte[] content) {
        return isBlank(content) ? DocumentFormat.byName(fileName) : sniff(content);
    }

    /**
     * Whether the content has nothing in it: no byte, or only spaces, tabs, line breaks and a UTF-8 byte order mark.
     */
    public static boolean isBlank(byte[] content) {
        int start = MagicNumber.UTF8_BOM.startsOf(content) ? 3 : 0;
        for (int i = start; i < content.length; i++) {
            byte b = content[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    public static DocumentFormat sniff(byte[] content) {
        if (MagicNumber.PDF.startsOf(content)) {
            return DocumentFormat.PDF;
        }
        if (MagicNumber.ZIP.startsOf(content)) {
            return holdsWordDocument(content) ? DocumentFormat.DOCX : DocumentFormat.UNKNOWN;
        }
        if (MagicNumber.OLE2.startsOf(content)) {
            return isWordCompoundFile(content) ? DocumentFormat.DOC : DocumentFormat.UNKNOWN;
        }
        if (isWebPage(content)) {
            return DocumentFormat.UNKNOWN;
        }
        return TextDecoder.decode(content).isPresent() ? DocumentFormat.TXT : DocumentFormat.UNKNOWN;
    }

    /**
     * An HTML page ({@code <!DOCTYPE html}, {@code <html}, after blanks and a byte order mark): text, but not a
     * document's text. A link to a document system that answered with its sign-in or error page saves such a page
     * under the document's name ({@code cong-van.pdf}); read as text, its markup would be judged as a report.
     */
    static boolean isWebPage(byte[] content) {
        int i = blanks(content, MagicNumber.UTF8_BOM.startsOf(content) ? 3 : 0);
        // an XHTML page opens with its XML declaration, a generated one often with a comment; a server's error page
        // may start at <head> or <body> with no <html> at all
        while (startsWithIgnoringCase(content, i, "<?xml") || startsWithIgnoringCase(content, i, "<!--")) {
            int end = indexOf(content, i, startsWithIgnoringCase(content, i, "<!--") ? "-->" : "?>");
            if (end < 0) {
                return false;
            }
            i = blanks(content, end);
        }
        return startsWithIgnoringCase(content, i, "<!doctype html") || startsWithIgnoringCase(content, i, "<html")
                || startsWithIgnoringCase(content, i, "<head") || startsWithIgnoringCase(content, i, "<body");
    }

    private static int blanks(byte[] content, int from) {
        int i = from;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\n' || content[i] == '\r')) {
            i++;
        }
        return i;
    }

    /** The index just after the first {@code ascii} at or after {@code from}, or -1. */
    private static int indexOf(byte[] content, int from, String ascii) {
        for (int k = from; k + ascii.length() <= content.length; k++) {
            if (startsWithIgnoringCase(content, k, ascii)) {
                return k + ascii.length();
            }
        }
        return -1;
    }

    private static boolean startsWithIgnoringCase(byte[] content, int from, String ascii) {
        if (content.length - from < ascii.length()) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (Character.toLowerCase((char) (content[from + k] & 0xFF)) != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
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

    /**
     * A Word 97-2003 file has a {@code WordDocument} stream. A password-protected DOCX is an OLE2 file too,
     * holding {@code EncryptionInfo} and the encrypted package: it is a Word file the sender meant to send,
     * so it is taken as DOC and refused with its reason by the extractor. So is a compound file whose
     * directory cannot be read (a truncated .doc), as the extractor can say what is wrong with it. Excel,
     * PowerPoint or Outlook files are not documents soát reads.
     */
    private static boolean isWordCompoundFile(byte[] content) {
        try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            Set<String> entries = ole.getRoot().getEntryNames();
            return entries.contains("WordDocument") || entries.contains("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
