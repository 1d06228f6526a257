package vn.soat.bench;

import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Benchmark baseline, not a test: the text of one PDF with PDFBox and nothing else, in a JVM of its own, run on
 * PDFBox's jars alone. Its wall time is what issue 13 measures a cold {@code soat check} against. Run by
 * bench/cold-start.sh; prints the number of characters so that the work cannot be skipped.
 */
public final class BareExtraction {

    private BareExtraction() {
    }

    public static void main(String[] args) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new File(args[0]))) {
            System.out.println(new PDFTextStripper().getText(pdf).length());
        }
    }
}
