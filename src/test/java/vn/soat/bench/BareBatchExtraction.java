package vn.soat.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Benchmark baseline, not a test: the batch rate's ceiling. The text of every PDF in a directory with PDFBox and
 * nothing else, on as many threads as there are cores, in a JVM of its own on PDFBox's jars alone, timed from the
 * first file (so the JVM start is left out, the JIT's warm-up is not, as in bench/batch-rate.sh). Prints one line:
 * {@code <files> <wall ms> <cpu ms>}. Run by bench/batch-rate.sh.
 */
public final class BareBatchExtraction {

    private BareBatchExtraction() {
    }

    public static void main(String[] args) throws Exception {
        File[] files = new File(args[0]).listFiles((dir, name) -> name.endsWith(".pdf"));
        Arrays.sort(files);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        AtomicLong characters = new AtomicLong();
        List<Future<?>> done = new ArrayList<>();
        for (File file : files) {
            done.add(pool.submit(() -> {
                try (PDDocument pdf = Loader.loadPDF(file)) {
                    characters.addAndGet(new PDFTextStripper().getText(pdf).length());
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("%d %d %d%n", files.length, (System.nanoTime() - start) / 1_000_000,
                (os.getProcessCpuTime() - cpu) / 1_000_000);
        System.err.println(characters.get() + " characters");
    }
}
