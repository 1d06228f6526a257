package vn.soat.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.soat.check.CheckPipeline;
import vn.soat.config.SoatSettings;
import vn.soat.rules.RuleDirectoryWatcher;

/**
 * Reloads rules, profiles and data files when a file under the rules directory changes ({@code soat.rules.reload},
 * on by default): a Sở edits them without restarting the service. The packaged rules never change, so only a
 * directory is watched. Not lazy: nothing else asks for it.
 */
@Component
@Lazy(false)
class RulesReloader {

    private static final Logger LOG = LoggerFactory.getLogger(RulesReloader.class);
    private static final Duration QUIET = Duration.ofMillis(300);

    private final CheckPipeline pipeline;
    private final SoatSettings settings;
    private RuleDirectoryWatcher watcher;

    RulesReloader(CheckPipeline pipeline, SoatSettings settings) {
        this.pipeline = pipeline;
        this.settings = settings;
    }

    @PostConstruct
    void start() {
        Optional<Path> directory = pipeline.loaded().files().directory();
        if (!settings.rules().reload() || directory.isEmpty()) {
            return;
        }
        try {
            watcher = RuleDirectoryWatcher.start(directory.get(), QUIET, () -> pipeline.loaded().reload());
            LOG.info("Watching {} for rule changes", directory.get());
        } catch (IOException e) {
            LOG.warn("Rules in {} are not reloaded on change: {}", directory.get(), e.toString());
        }
    }

    @PreDestroy
    void stop() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
