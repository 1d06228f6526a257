package vn.soat.check;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.soat.parse.ReportParser;
import vn.soat.profile.ProfileCatalogue;
import vn.soat.reference.ReferenceData;
import vn.soat.rules.RuleBase;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rules.RuleSettings;

/**
 * What a check needs from the rules directory — compiled rules, the parser with its data files, the reference data
 * (superseded documents, administrative units), the outline profiles — loaded together, and loaded again when the directory changes. A reload is swapped in at once: a check
 * takes the current set when it starts and finishes with it. A reload that fails keeps the last good set serving
 * and keeps its error (file and line) for the health endpoint, the rules page and the log.
 */
public final class RulesInUse {

    private static final Logger LOG = LoggerFactory.getLogger(RulesInUse.class);

    /** One consistent set: the rules, the parser and profiles read from the same files, and their version. */
    record Loaded(RuleBase rules, ReportParser parser, ReferenceData reference, ProfileCatalogue profiles, String version) {
    }

    private final RuleFiles files;
    private final RuleSettings settings;
    private final AtomicReference<CompletableFuture<Loaded>> current = new AtomicReference<>(new CompletableFuture<>());
    private volatile Optional<String> reloadError = Optional.empty();

    private RulesInUse(RuleFiles files, RuleSettings settings) {
        this.files = files;
        this.settings = settings;
    }

    /** Starts the first loading on its own thread. */
    static RulesInUse start(RuleFiles files, RuleSettings settings) {
        RulesInUse rules = new RulesInUse(files, settings);
        CompletableFuture<Loaded> first = rules.current.get();
        Thread loader = new Thread(() -> {
            try {
                first.complete(rules.load());
            } catch (RuntimeException | Error e) {
                first.completeExceptionally(e);
            }
        }, "soat-rule-compiler");
        loader.setDaemon(true);
        loader.start();
        return rules;
    }

    private Loaded load() {
        ReportParser parser = ReportParser.load(files);
        ReferenceData reference = ReferenceData.load(files);
        ProfileCatalogue profiles = ProfileCatalogue.load(files);
        return new Loaded(RuleBase.load(files, settings), parser, reference, profiles, files.version());
    }

    /**
     * Loads everything again and swaps it in; on failure the last good set keeps serving. Runs on the caller's
     * thread (the server's watcher). Returns the error, file and line, when the files did not load.
     */
    public synchronized Optional<String> reload() {
        try {
            Loaded fresh = load();
            current.set(CompletableFuture.completedFuture(fresh));
            reloadError = Optional.empty();
            LOG.info("Rules reloaded from {}: version {}, {} rules", files.describe(), fresh.version(),
                    fresh.rules().rules().size());
        } catch (RuntimeException e) {
            reloadError = Optional.of(String.valueOf(e.getMessage()));
            LOG.error("Rules in {} not reloaded; the last good rules keep serving: {}", files.describe(), e.getMessage());
        }
        return reloadError;
    }

    /** Why the files on disk are not the ones in use (the last reload failed); empty when they are. */
    public Optional<String> reloadError() {
        return reloadError;
    }

    public RuleFiles files() {
        return files;
    }

    public RuleSettings settings() {
        return settings;
    }

    /** The version ({@link RuleFiles#version()}) of the rules in use, waiting for the first loading. */
    public String version() {
        return await().version();
    }

    boolean ready() {
        CompletableFuture<Loaded> loaded = current.get();
        return loaded.isDone() && !loaded.isCompletedExceptionally();
    }

    Loaded await() {
        try {
            return current.get().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
