package vn.soat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import vn.soat.check.CheckPipeline;
import vn.soat.check.CheckResult;
import vn.soat.ingest.Submission;
import vn.soat.request.ReportRequest;

/**
 * Checks files on {@code jobs} threads and hands each result on in input order as soon as it and every
 * result before it are done. At most {@code 2 × jobs} files are read or checked ahead of the one being
 * handed on, so memory stays bounded whatever the number of files; a result is not kept once handed on.
 * A file that cannot be read any more (removed or made unreadable after the arguments were read) does not stop
 * the run: it is handed on, in its place, as a problem.
 */
final class Batch {

    private final CheckPipeline pipeline;
    private final Optional<String> profile;
    private final ReportRequest asked;
    private final int jobs;
    private final long maxBytes;
    private final InputStream standardInput;

    /**
     * @param maxBytes      the largest file read ({@code soat.max-upload-size}, as for the server); a larger one is a problem
     * @param standardInput what the file {@link Inputs#STANDARD_INPUT} ({@code -}) reads
     */
    Batch(CheckPipeline pipeline, Optional<String> profile, ReportRequest asked, int jobs, long maxBytes,
            InputStream standardInput) {
        this.pipeline = pipeline;
        this.profile = profile;
        this.asked = asked;
        this.jobs = Math.max(1, jobs);
        this.maxBytes = maxBytes;
        this.standardInput = standardInput;
    }

    /**
     * Checks every file and passes each result to {@code sink}, or the file and why it could not be read to
     * {@code unreadable}, in the order of {@code files}, on this thread.
     */
    void run(List<Path> files, Consumer<CheckResult> sink, BiConsumer<Path, String> unreadable) {
        Consumer<Outcome> handOn = outcome -> {
            if (outcome.result() != null) {
                sink.accept(outcome.result());
            } else {
                unreadable.accept(outcome.file(), outcome.problem());
            }
        };
        // No more threads than files: --jobs 2000000000 once made 2 × jobs overflow and the run end in an NPE.
        int threads = Math.min(jobs, files.size());
        if (threads <= 1) {
            files.forEach(file -> handOn.accept(check(file)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "soat-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Outcome>> ahead = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < 2 * threads) {
                    Path file = next.next();
                    ahead.add(pool.submit(() -> check(file)));
                }
                handOn.accept(await(ahead.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One file's result, or why it could not be read. */
    private record Outcome(Path file, CheckResult result, String problem) {
    }

    private Outcome check(Path file) {
        byte[] content;
        try {
            if (Inputs.isStandardInput(file)) {
                content = standardInput.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (content.length > maxBytes) {
                    return tooLarge(file, "đầu vào chuẩn");
                }
            } else {
                long size = Files.size(file);
                if (size > maxBytes) {
                    // Read whole, a file of gigabytes would exhaust the memory (or Java's array limit) of the whole run.
                    return tooLarge(file, "tệp " + size(size));
                }
                content = Files.readAllBytes(file);
            }
        } catch (IOException e) {
            return new Outcome(file, null, ReadFailure.reason(e));
        }
        return new Outcome(file, pipeline.check(new Submission(file.toString(), content), profile, asked), null);
    }

    /** {@code what} (the file and its size, or the standard input) is over {@code soat.max-upload-size}. */
    private Outcome tooLarge(Path file, String what) {
        return new Outcome(file, null, what + " vượt giới hạn " + size(maxBytes)
                + " (soat.max-upload-size; nâng bằng --soat.max-upload-size=100MB)");
    }

    /** {@code 3072,0 MB}, {@code 3 KB}: Vietnamese decimal comma. */
    private static String size(long bytes) {
        return bytes < 1 << 20 ? Math.round(bytes / 1024.0) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0).replace('.', ',');
    }

    private static Outcome await(Future<Outcome> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageError("bị ngắt khi đang kiểm tra");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
