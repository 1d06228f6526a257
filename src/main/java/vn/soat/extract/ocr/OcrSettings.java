package vn.soat.extract.ocr;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How scanned pages are read ({@code soat.ocr.*}), resolved with every other setting by {@code vn.soat.config.SoatSettings}
 * for the web service and the command line alike.
 *
 * @param enabled    false: pages without text stay unread (DOC_NO_TEXT), nothing is spawned
 * @param tesseract  the {@code tesseract} program, a name on PATH or a path
 * @param language   Tesseract's language model
 * @param dpi        rendering resolution of a page. 200 rather than Tesseract's usual 300: scans travel at 200 dpi,
 *                   and rendering above the image's own resolution only interpolates; on fixtures/scans Tesseract
 *                   misread 4 words at 200, 12 at 250 and 18 at 300 dpi (and 200 is the fastest)
 * @param maxPages   pages read by OCR per document; further pages are left unread and reported
 * @param maxSeconds seconds of OCR per document; pages not done by then are left unread and reported
 * @param threads    pages recognised at once (one Tesseract process each); 0 = the available cores
 */
public record OcrSettings(boolean enabled, String tesseract, String language, int dpi, int maxPages, int maxSeconds,
        int threads) {

    public static final OcrSettings DEFAULTS = new OcrSettings(true, "tesseract", "vie", 200, 30, 120, 0);

    public OcrSettings {
        tesseract = tesseract == null || tesseract.isBlank() ? "tesseract" : tesseract;
        language = language == null || language.isBlank() ? "vie" : language;
        if (dpi < 72 || maxPages < 1 || maxSeconds < 1 || threads < 0) {
            throw new IllegalArgumentException("soat.ocr: dpi ≥ 72, max-pages ≥ 1, max-seconds ≥ 1, threads ≥ 0");
        }
    }

    /** Reads {@code soat.ocr.enabled}, {@code soat.ocr.tesseract}, … through {@code lookup}; what is absent keeps its default. */
    public static OcrSettings from(Function<String, String> lookup) {
        Function<String, Optional<String>> value = key -> Optional.ofNullable(lookup.apply("soat.ocr." + key))
                .map(String::strip).filter(v -> !v.isEmpty());
        OcrSettings d = DEFAULTS;
        return new OcrSettings(
                value.apply("enabled").map(Boolean::parseBoolean).orElse(d.enabled()),
                value.apply("tesseract").orElse(d.tesseract()),
                value.apply("language").orElse(d.language()),
                value.apply("dpi").map(Integer::parseInt).orElse(d.dpi()),
                value.apply("max-pages").map(Integer::parseInt).orElse(d.maxPages()),
                value.apply("max-seconds").map(Integer::parseInt).orElse(d.maxSeconds()),
                value.apply("threads").map(Integer::parseInt).orElse(d.threads()));
    }

    public OcrSettings withTesseract(String program) {
        return new OcrSettings(enabled, program, language, dpi, maxPages, maxSeconds, threads);
    }

    public OcrSettings withLimits(int pages, int seconds) {
        return new OcrSettings(enabled, tesseract, language, dpi, pages, seconds, threads);
    }

    public Duration maxTime() {
        return Duration.ofSeconds(maxSeconds);
    }

    public int poolSize() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
