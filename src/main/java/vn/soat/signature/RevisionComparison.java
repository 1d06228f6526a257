package vn.soat.signature;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Whether the revisions added after a signature changed what the pages show. Later signatures and
 * their appearances are annotations: they add to the page's {@code /Annots}, never to its content
 * stream. A changed page count or content stream is a change of the signed document.
 */
final class RevisionComparison {

    private RevisionComparison() {
    }

    /** False also when the signed revision cannot be opened on its own: then nothing can be compared. */
    static boolean pagesChanged(PDDocument current, byte[] pdf, long signedEnd) {
        try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(pdf, (int) signedEnd))) {
            if (signed.getNumberOfPages() != current.getNumberOfPages()) {
                return true;
            }
            for (int i = 0; i < signed.getNumberOfPages(); i++) {
                if (!Arrays.equals(content(signed.getPage(i)), content(current.getPage(i)))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }
}
