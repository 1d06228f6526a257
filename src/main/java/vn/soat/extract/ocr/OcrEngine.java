package vn.soat.extract.ocr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.soat.ingest.Reason;

/**
 * Reads the pages of a PDF that have no usable text with Tesseract. Pages are rendered one after
 * the other (a PDDocument is not thread-safe) and recognised on one pool shared by every check,
 * as many at once as it has threads; each document keeps at most that many of its pages queued,
 * so a long scan and the next upload take turns. A document with text on every page never gets here
 * past {@link #read}'s first lines: nothing is rendered and no program is started.
 */
public final class OcrEngine {

    private final OcrSettings settings;
    private final Tesseract tesseract;
    private final ExecutorService pool;

    private OcrEngine(OcrSettings settings) {
        this.settings = settings;
        this.tesseract = new Tesseract(settings);
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.poolSize(), task -> {
            Thread thread = new Thread(task, "soat-ocr-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public static OcrEngine create(OcrSettings settings) {
        return new OcrEngine(settings);
    }

    public OcrSettings settings() {
        return settings;
    }

    /** Whether scans can be read; asks Tesseract once, when first called. */
    public OcrStatus status() {
        return tesseract.status();
    }

    public ScanReading read(PDDocument pdf, List<String> pageTexts) {
        List<Integer> wanted = new ArrayList<>();
        for (int i = 0; i < pageTexts.size(); i++) {
            String text = pageTexts.get(i);
            if (text.isBlank() || JunkTextLayer.isJunk(text)) {
                wanted.add(i + 1);
            }
        }
        if (wanted.isEmpty()) {
            return new ScanReading(pageTexts, OcrOutcome.NONE);
        }
        OcrStatus status = status();
        if (!status.available()) {
            return new ScanReading(pageTexts, new OcrOutcome(List.of(), 0, List.of(), wanted, status.reason()));
        }
        return new PageBatch(pdf, wanted).run(pageTexts);
    }

    /** One document's pages in flight: rendered in turn, recognised on the pool, within the document's limits. */
    private final class PageBatch {

        private final PDDocument pdf;
        private final List<Integer> wanted;
        private final long deadline;
        private final Semaphore inFlight = new Semaphore(settings.poolSize());
        private final List<Tesseract.Running> running = Collections.synchronizedList(new ArrayList<>());

        PageBatch(PDDocument pdf, List<Integer> wanted) {
            this.pdf = pdf;
            this.wanted = wanted;
            this.deadline = System.nanoTime() + settings.maxTime().toNanos();
        }

        ScanReading run(List<String> pageTexts) {
            List<Integer> toRead = wanted.subList(0, Math.min(wanted.size(), settings.maxPages()));
            List<Integer> unread = new ArrayList<>(wanted.subList(toRead.size(), wanted.size()));
            Reason reason = unread.isEmpty() ? Reason.NONE : new Reason("vượt giới hạn " + settings.maxPages()
                    + " trang đọc bằng OCR mỗi tệp", "over the limit of " + settings.maxPages() + " pages read by OCR per file");
            Map<Integer, Future<RecognisedPage>> futures = new LinkedHashMap<>();
            PDFRenderer renderer = new PDFRenderer(pdf);
            try {
                for (int page : toRead) {
                    if (!inFlight.tryAcquire(remainingNanos(), TimeUnit.NANOSECONDS)) {
                        break;
                    }
                    PageImage image;
                    try {
                        image = PageImage.of(renderer.renderImageWithDPI(page - 1, settings.dpi(), ImageType.GRAY));
                    } catch (IOException | RuntimeException e) {
                        inFlight.release();
                        continue;
                    }
                    futures.put(page, pool.submit(() -> recognise(page, image)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<String> texts = new ArrayList<>(pageTexts);
            List<Integer> read = new ArrayList<>();
            List<Integer> blank = new ArrayList<>();
            double confidenceSum = 0;
            int words = 0;
            boolean timedOut = false;
            for (int page : toRead) {
                Future<RecognisedPage> future = futures.get(page);
                RecognisedPage result = future == null ? null : await(future);
                if (result == null) {
                    unread.add(page);
                    timedOut |= remainingNanos() <= 0;
                } else if (result.isBlank()) {
                    blank.add(page);
                    texts.set(page - 1, "");
                } else {
                    read.add(page);
                    texts.set(page - 1, String.join("\n", result.lines()) + "\n");
                    confidenceSum += result.meanConfidence() * result.words();
                    words += result.words();
                }
            }
            if (timedOut) {
                reason = reason.and(new Reason("vượt giới hạn " + settings.maxSeconds() + " giây đọc bằng OCR mỗi tệp",
                        "over the limit of " + settings.maxSeconds() + " seconds of OCR per file"));
            } else if (unread.size() > wanted.size() - toRead.size()) {
                reason = reason.and(new Reason("Tesseract không đọc được trang", "Tesseract could not read the pages"));
            }
            unread.sort(Integer::compare);
            return new ScanReading(texts, new OcrOutcome(read, words == 0 ? 0 : confidenceSum / words, blank, unread, reason));
        }

        private RecognisedPage recognise(int page, PageImage image) throws IOException, InterruptedException {
            try {
                Tesseract.Running process = tesseract.start(image.pgm());
                running.add(process);
                if (remainingNanos() <= 0) {
                    process.kill();
                }
                return TsvLayout.read(page, process.tsv(), image);
            } finally {
                inFlight.release();
            }
        }

        private RecognisedPage await(Future<RecognisedPage> future) {
            try {
                return future.get(Math.max(0, remainingNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                synchronized (running) {
                    running.forEach(Tesseract.Running::kill);
                }
                return null;
            } catch (ExecutionException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                return null;
            }
        }

        private long remainingNanos() {
            return deadline - System.nanoTime();
        }
    }
}
