package vn.soat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soat.rulesdir.RuleFiles;

class RuleCacheTest {

    @TempDir
    Path dir;

    @Test
    void theBuildPrecompiledTheShippedRules() {
        assertThat(CompiledRules.packaged()).as("soat-rules.kjar written by PrecompiledRules at process-classes")
                .hasValueSatisfying(p -> assertThat(p.key()).isEqualTo(RuleCache.key(RuleFiles.in(Path.of("rules")).list(".drl"))));
    }

    @Test
    void anEditedDirectoryIsCompiledOnceAndThenLoadedFromTheCacheByItsContent() throws IOException {
        Path rules = copyOfTheRules();
        Files.writeString(rules.resolve("format.drl"), Files.readString(rules.resolve("format.drl"))
                .replace("@summary(\"Không có Quốc hiệu\")", "@summary(\"Thiếu Quốc hiệu\")"));
        Path cache = dir.resolve("cache");
        RuleSettings settings = RuleSettings.DEFAULTS.withCacheDir(cache.toString());

        RuleBase first = RuleBase.load(RuleFiles.in(rules), settings);
        List<Path> cached = kjars(cache);
        assertThat(cached).hasSize(1);
        Files.setLastModifiedTime(cached.get(0), FileTime.fromMillis(0));
        RuleBase second = RuleBase.load(RuleFiles.in(rules), settings);

        assertThat(kjars(cache)).isEqualTo(cached);
        assertThat(Files.getLastModifiedTime(cached.get(0)).toMillis()).as("read, not written again").isZero();
        assertThat(second.catalogue()).isEqualTo(first.catalogue());
        assertThat(second.catalogue()).anySatisfy(e -> assertThat(e.cases()).contains("Thiếu Quốc hiệu"));
    }

    @Test
    void aDamagedCacheEntryIsCompiledAgain() throws IOException {
        Path rules = copyOfTheRules();
        Files.writeString(rules.resolve("extra.drl"), "package soat.extra;\n");
        Path cache = dir.resolve("cache");
        RuleSettings settings = RuleSettings.DEFAULTS.withCacheDir(cache.toString());
        RuleBase.load(RuleFiles.in(rules), settings);
        Files.writeString(kjars(cache).get(0), "not a jar");

        RuleBase again = RuleBase.load(RuleFiles.in(rules), settings);

        assertThat(again.catalogue()).isEqualTo(RuleBase.load(RuleFiles.in(Path.of("rules"))).catalogue());
        assertThat(Files.size(kjars(cache).get(0))).isGreaterThan(1000);
    }

    private Path copyOfTheRules() throws IOException {
        Path copy = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(Path.of("rules").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    private static List<Path> kjars(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".kjar")).sorted().toList();
        }
    }
}
