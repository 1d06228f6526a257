package vn.soat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.soat.check.CheckPipeline;
import vn.soat.check.CheckResult;
import vn.soat.ingest.Submission;
import vn.soat.rulesdir.RuleFiles;

/** The project's rules compiled once for the whole test run, and helpers to check fixture files. */
public final class Fixtures {

    public static final Path ROOT = Path.of("fixtures");
    private static CheckPipeline pipeline;

    private Fixtures() {
    }

    public static synchronized CheckPipeline pipeline() {
        if (pipeline == null) {
            pipeline = CheckPipeline.load(RuleFiles.in(Path.of("rules")));
        }
        return pipeline;
    }

    public static CheckResult check(Path file) {
        return check(file, Optional.empty());
    }

    public static CheckResult check(Path file, Optional<String> profile) {
        try {
            return pipeline().check(new Submission(file.getFileName().toString(), Files.readAllBytes(file)), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CheckResult checkText(String text) {
        return pipeline().check(new Submission("inline.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Optional.empty());
    }

    public static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> ruleIds(CheckResult result) {
        return result.findings().stream().map(f -> f.ruleId()).distinct().sorted().toList();
    }
}
