package vn.soat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import vn.soat.check.CheckPipeline;
import vn.soat.extract.ExtractedDocument;
import vn.soat.extract.TextExtractor;
import vn.soat.extract.ocr.OcrEngine;
import vn.soat.extract.ocr.OcrSettings;
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.Submission;
import vn.soat.rulesdir.RuleFiles;

/**
 * Benchmark, not a test: OCR seconds per page of the scans (one thread, then one per core), next to
 * the goal, and the warm check time of PDFs with a text layer with OCR enabled and disabled.
 * Run by bench/ocr-speed.sh.
 */
public final class OcrSpeed {

    private static final double GOAL_SECONDS_PER_PAGE_PER_CORE = 2.5;
    private static final int CHECK_WARMUP = 20;
    private static final int CHECK_RUNS = 40;

    private OcrSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Path[] scans = Arrays.stream(args).map(Path::of).filter(p -> p.toString().contains("scans/")).toArray(Path[]::new);
        Path[] texts = Arrays.stream(args).map(Path::of).filter(p -> !p.toString().contains("scans/")).toArray(Path[]::new);
        System.out.printf("== OCR of scans (goal ≤ %.1f s per page per core; %d cores)%n", GOAL_SECONDS_PER_PAGE_PER_CORE, cores);
        System.out.printf("%-28s %5s %22s %26s%n", "scan", "pages", "s/page on 1 core", "s/page on " + cores + " cores (wall)");
        for (Path scan : scans) {
            byte[] bytes = Files.readAllBytes(scan);
            int pages = ocr(bytes, 1).pages(); // warm-up: class loading, first process start
            double single = seconds(() -> ocr(bytes, 1)) / pages;
            double parallel = seconds(() -> ocr(bytes, cores)) / pages;
            System.out.printf("%-28s %5d %22.2f %26.2f   %s%n", scan.getFileName(), pages, single, parallel,
                    single <= GOAL_SECONDS_PER_PAGE_PER_CORE ? "within goal" : "OVER GOAL");
        }
        System.out.println();
        System.out.println("== PDFs with a text layer: warm check time, OCR enabled vs disabled (median of " + CHECK_RUNS + ")");
        CheckPipeline withOcr = CheckPipeline.load(RuleFiles.in(Path.of("rules")), OcrEngine.create(OcrSettings.DEFAULTS));
        CheckPipeline withoutOcr = CheckPipeline.load(RuleFiles.in(Path.of("rules")),
                OcrEngine.create(OcrSettings.from(key -> key.equals("soat.ocr.enabled") ? "false" : null)));
        System.out.printf("%-28s %14s %14s %10s%n", "file", "enabled ms", "disabled ms", "diff ms");
        for (Path text : texts) {
            byte[] bytes = Files.readAllBytes(text);
            Submission submission = new Submission(text.getFileName().toString(), bytes);
            double[][] times = interleaved(() -> withOcr.check(submission, Optional.empty()),
                    () -> withoutOcr.check(submission, Optional.empty()));
            double enabled = times[0][CHECK_RUNS / 2];
            double disabled = times[1][CHECK_RUNS / 2];
            System.out.printf("%-28s %14.2f %14.2f %+10.2f%n", text.getFileName(), enabled, disabled, enabled - disabled);
        }
        System.out.println("OCR processes started for the text PDFs: none (a page with text is never rendered; "
                + "OcrEngineTest.aPdfWithTextNeverStartsTesseract proves it)");
    }

    private static ExtractedDocument ocr(byte[] pdf, int threads) throws Exception {
        OcrSettings settings = OcrSettings.from(key -> key.equals("soat.ocr.threads") ? String.valueOf(threads) : null);
        ExtractedDocument document = TextExtractor.extract(DocumentFormat.PDF, pdf, Optional.of(OcrEngine.create(settings)));
        if (document.ocrPages().isEmpty()) {
            throw new IllegalStateException("no page was read by OCR: " + document.ocr());
        }
        return document;
    }

    private static double seconds(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Both alternately, so that other load on the machine weighs on both alike; sorted times in ms. */
    private static double[][] interleaved(Work a, Work b) throws Exception {
        for (int i = 0; i < CHECK_WARMUP; i++) {
            a.run();
            b.run();
        }
        double[][] times = new double[2][CHECK_RUNS];
        for (int i = 0; i < CHECK_RUNS; i++) {
            times[0][i] = seconds(a) * 1000;
            times[1][i] = seconds(b) * 1000;
        }
        Arrays.sort(times[0]);
        Arrays.sort(times[1]);
        return times;
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }
}
