package vn.soat.rules;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a rules directory and its subdirectories ({@code profiles/}) and calls back once the files have stopped
 * changing for a moment (an editor writes a file in several steps; a copy brings several files). The callback runs
 * on the watcher's own daemon thread, so the compilation it starts never holds up a check.
 */
public final class RuleDirectoryWatcher implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleDirectoryWatcher.class);

    private final Path root;
    private final WatchService service;
    private final Duration quiet;
    private final Runnable onChange;
    private final Thread thread;

    private RuleDirectoryWatcher(Path root, Duration quiet, Runnable onChange) throws IOException {
        this.root = root;
        this.quiet = quiet;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(root);
        this.thread = new Thread(this::run, "soat-rule-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code root}; {@code onChange} runs after a change followed by {@code quiet} without one.
     *
     * @throws IOException when the directory cannot be watched
     */
    public static RuleDirectoryWatcher start(Path root, Duration quiet, Runnable onChange) throws IOException {
        RuleDirectoryWatcher watcher = new RuleDirectoryWatcher(root, quiet, onChange);
        watcher.thread.start();
        return watcher;
    }

    private void registerTree(Path directory) throws IOException {
        try (Stream<Path> dirs = Files.walk(directory)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                // Drain every event until the directory has been quiet for a moment, then reload once.
                while (key != null) {
                    key.pollEvents();
                    key.reset();
                    key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                }
                registerTree(root); // a new subdirectory is watched too
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.error("Watching {} stopped: {}", root, e.toString());
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
