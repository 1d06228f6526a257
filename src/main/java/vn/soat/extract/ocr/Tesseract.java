package vn.soat.extract.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.soat.ingest.Reason;

/**
 * The {@code tesseract} program, one process per page. OpenMP threads inside one Tesseract fight
 * each other on a small machine; one thread per process and pages in parallel is faster, hence
 * {@code OMP_THREAD_LIMIT=1}. The page goes in on stdin as PGM and TSV (words with boxes and
 * confidences) comes back on stdout: no temporary files.
 */
final class Tesseract {

    private final OcrSettings settings;
    private volatile OcrStatus status;

    Tesseract(OcrSettings settings) {
        this.settings = settings;
    }

    /** Asked once, on first need: a text-only workload never starts the program. */
    OcrStatus status() {
        OcrStatus known = status;
        if (known == null) {
            known = settings.enabled() ? probe() : OcrStatus.unavailable(
                    new Reason("OCR bị tắt (soat.ocr.enabled=false)", "OCR is turned off (soat.ocr.enabled=false)"));
            status = known;
        }
        return known;
    }

    private OcrStatus probe() {
        try {
            String version = run(settings.tesseract(), "--version").lines().findFirst().orElse("").strip();
            List<String> languages = run(settings.tesseract(), "--list-langs").lines().skip(1).map(String::strip).toList();
            if (!languages.contains(settings.language())) {
                return OcrStatus.unavailable(new Reason("Tesseract không có mô hình tiếng Việt (" + settings.language()
                        + "; cài gói tesseract-ocr-vie)", "Tesseract has no Vietnamese model (" + settings.language()
                        + "; install the tesseract-ocr-vie package)"));
            }
            return OcrStatus.available(version, languages);
        } catch (IOException e) {
            return OcrStatus.unavailable(new Reason("chưa cài chương trình OCR Tesseract (" + settings.tesseract()
                    + "; cài gói tesseract-ocr và tesseract-ocr-vie)", "the Tesseract OCR program is not installed ("
                    + settings.tesseract() + "; install the tesseract-ocr and tesseract-ocr-vie packages)"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OcrStatus.unavailable(new Reason("kiểm tra Tesseract bị ngắt", "the check for Tesseract was interrupted"));
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    /** Starts recognising one page; the caller reads {@link Running#tsv()} and may kill it. */
    Running start(byte[] pgm) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(settings.tesseract(), "stdin", "stdout", "-l", settings.language(),
                "--psm", "1", "--dpi", String.valueOf(settings.dpi()), "tsv")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        return new Running(builder.start(), pgm);
    }

    /** One Tesseract process at work on a page. */
    static final class Running {

        private final Process process;
        private final byte[] pgm;

        private Running(Process process, byte[] pgm) {
            this.process = process;
            this.pgm = pgm;
        }

        String tsv() throws IOException, InterruptedException {
            // Tesseract reads all of stdin before it writes anything, so writing first cannot deadlock.
            try (OutputStream in = process.getOutputStream()) {
                in.write(pgm);
            }
            byte[] output;
            try (InputStream out = process.getInputStream()) {
                output = out.readAllBytes();
            }
            int code = process.waitFor();
            if (code != 0) {
                throw new IOException("tesseract exited with " + code);
            }
            return new String(output, StandardCharsets.UTF_8);
        }

        void kill() {
            process.destroyForcibly();
        }
    }
}
