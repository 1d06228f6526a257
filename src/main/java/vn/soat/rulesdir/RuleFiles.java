package vn.soat.rulesdir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.soat.rulesdir.RuleLoadException;

/**
 * Where the rules live. A directory (the project's {@code rules/}, or one a Sở points to) wins;
 * otherwise the copy packaged inside the jar is used, so the jar also runs on its own.
 */
public final class RuleFiles {

    public static final String CLASSPATH_ROOT = "soat-rules";

    private final Optional<Path> directory;

    private RuleFiles(Optional<Path> directory) {
        this.directory = directory;
    }

    public static RuleFiles in(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleLoadException("Không tìm thấy thư mục quy tắc: " + directory);
        }
        return new RuleFiles(Optional.of(directory));
    }

    public static RuleFiles packaged() {
        return new RuleFiles(Optional.empty());
    }

    /** {@code ./rules} when it exists, else the packaged rules. */
    public static RuleFiles defaults() {
        Path local = Path.of("rules");
        return Files.isDirectory(local) ? in(local) : packaged();
    }

    /** The directory, when the rules are not the packaged copy (only a directory can change while running). */
    public Optional<Path> directory() {
        return directory;
    }

    public String describe() {
        return directory.map(Path::toString).orElse("classpath:" + CLASSPATH_ROOT);
    }

    /** Files under the root whose name ends with the suffix, as (relative path, content), in path order. */
    public List<RuleFile> list(String suffix) {
        try {
            return directory.isPresent() ? fromDirectory(directory.get(), suffix) : fromClasspath(suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RuleFile> fromDirectory(Path root, String suffix) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
                files.add(new RuleFile(root.relativize(path).toString().replace('\\', '/'),
                        Files.readString(path, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    private static List<RuleFile> fromClasspath(String suffix) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<RuleFile> files = new ArrayList<>();
        for (Resource resource : resolver.getResources("classpath*:" + CLASSPATH_ROOT + "/**/*" + suffix)) {
            String url = resource.getURL().toString();
            String relative = url.substring(url.lastIndexOf(CLASSPATH_ROOT + "/") + CLASSPATH_ROOT.length() + 1);
            try (InputStream in = resource.getInputStream()) {
                files.add(new RuleFile(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return files;
    }

    /**
     * Identifies the rule set: the first 12 hex digits of a SHA-256 over every rule and data file
     * ({@code .drl}, {@code .yaml}) with its path, so a result says which rules produced it.
     */
    public String version() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            List<RuleFile> files = new ArrayList<>(list(".drl"));
            files.addAll(list(".yaml"));
            files.sort((a, b) -> a.path().compareTo(b.path()));
            for (RuleFile file : files) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public record RuleFile(String path, String content) {
    }
}
