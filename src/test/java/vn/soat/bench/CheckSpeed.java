package vn.soat.bench;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.soat.check.CheckPipeline;
import vn.soat.ingest.Submission;
import vn.soat.rulesdir.RuleFiles;

/**
 * Benchmark, not a test: for each file, the median warm time of a whole check next to the
 * median time of plain PDFBox / POI / UTF-8 extraction of the same bytes. Run by bench/check-speed.sh.
 */
public final class CheckSpeed {

    private static final int WARMUP = 30;
    private static final int RUNS = 50;

    private CheckSpeed() {
    }

    public static void main(String[] args) throws Exception {
        CheckPipeline pipeline = CheckPipeline.load(RuleFiles.in(Path.of("rules")));
        System.out.printf("%-52s %-5s %12s %12s %7s%n", "file", "fmt", "extract ms", "check ms", "ratio");
        for (String arg : args) {
            Path file = Path.of(arg);
            byte[] bytes = Files.readAllBytes(file);
            String format = arg.substring(arg.lastIndexOf('.') + 1);
            double extract = median(() -> extractOnly(format, bytes));
            double check = median(() -> pipeline.check(new Submission(file.getFileName().toString(), bytes), Optional.empty()));
            System.out.printf("%-52s %-5s %12.3f %12.3f %7.2f%n", file.getFileName(), format, extract, check, check / extract);
        }
    }

    private static Object extractOnly(String format, byte[] bytes) throws Exception {
        switch (format) {
            case "pdf" -> {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
            case "docx" -> {
                try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(bytes)))) {
                    return extractor.getText();
                }
            }
            default -> {
                return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    private static double median(Work work) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

}
