package vn.soat.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.soat.check.CheckPipeline;
import vn.soat.ingest.Submission;
import vn.soat.rulesdir.RuleFiles;

/**
 * Benchmark, not a test: the warm check time of a PDF of N pages against that of the same PDF appended to itself
 * until it has about 100 pages (25 copies of a 4-page report); a cost linear in pages gives a ratio near 25.
 * Prints {@code name value goal} lines (issue 13: ≤ 25). Run by bench/all.sh when bench/page-linearity.sh is absent.
 */
public final class PageLinearity {

    private static final int WARMUP = 5;
    private static final int RUNS = 9;

    private PageLinearity() {
    }

    public static void main(String[] args) throws Exception {
        byte[] small = Files.readAllBytes(Path.of(args[0]));
        int pages;
        try (PDDocument pdf = Loader.loadPDF(small)) {
            pages = pdf.getNumberOfPages();
        }
        int copies = Math.max(1, Math.round(100f / pages));
        byte[] large = repeat(small, copies);
        CheckPipeline pipeline = CheckPipeline.load(RuleFiles.in(Path.of("rules")));
        double smallMs = median(pipeline, small);
        double largeMs = median(pipeline, large);
        System.out.printf(Locale.ROOT, "pages-small %d -%npages-large %d -%n", pages, pages * copies);
        System.out.printf(Locale.ROOT, "pages-small-ms %.1f -%npages-large-ms %.1f -%n", smallMs, largeMs);
        System.out.printf(Locale.ROOT, "pages-ratio %.1f ≤%d%n", largeMs / smallMs, copies);
    }

    private static byte[] repeat(byte[] pdf, int copies) throws Exception {
        PDFMergerUtility merger = new PDFMergerUtility();
        for (int i = 0; i < copies; i++) {
            merger.addSource(new org.apache.pdfbox.io.RandomAccessReadBuffer(pdf));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        merger.setDestinationStream(out);
        merger.mergeDocuments(null);
        return out.toByteArray();
    }

    private static double median(CheckPipeline pipeline, byte[] content) {
        for (int i = 0; i < WARMUP; i++) {
            pipeline.check(new Submission("bench.pdf", content), Optional.empty());
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            pipeline.check(new Submission("bench.pdf", content), Optional.empty());
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
