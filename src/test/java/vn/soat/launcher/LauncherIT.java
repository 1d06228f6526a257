package vn.soat.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.soat.render.Json;

/**
 * bin/soat on the packaged jar (run by failsafe after {@code package}): the way the README tells people to run
 * the command line, with its cache in target/it-cache. Same arguments and exit status as {@code java -jar}.
 */
class LauncherIT {

    private static final String SEED = "fixtures/seeds/002_nga-son-doi-ngoai-2019.txt";

    private record Run(int status, String out, String err) {
    }

    private static Run soat(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bin/soat"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Path err = Files.createTempFile("soat-err", ".txt");
        Process process = builder.redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), out, Files.readString(err));
    }

    @Test
    void helpAndOneFileAsWithJavaJar() throws Exception {
        Run help = soat(Map.of(), "check", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Cách dùng: soat check");
        for (int i = 0; i < 2; i++) { // the second run may map the cache the first one recorded
            Run one = soat(Map.of(), "check", "--format", "json", SEED);
            assertThat(one.status()).as(one.err()).isEqualTo(1);
            assertThat(Json.MAPPER.readTree(one.out()).get("findings").size()).isPositive();
        }
        Run plain = soat(Map.of("SOAT_CACHE", "off"), "rules", "--format", "json");
        assertThat(plain.status()).isZero();
        assertThat(Json.MAPPER.readTree(plain.out()).size()).isPositive();
    }

    /** The run that records the class cache says nothing on stderr (the JVM's "AOTConfiguration recorded: …"). */
    @Test
    void aFreshCacheLeavesStderrToSoat(@TempDir Path cache) throws Exception {
        for (int i = 0; i < 2; i++) { // the second one while the cache may still be being built
            Run run = soat(Map.of("SOAT_CACHE_DIR", cache.toString()), "check", "--format", "json", SEED);
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).isEmpty();
        }
    }

    /** A CI container without LANG: Java would read "báo cáo.txt" as "b��o c��o.txt" (ASCII) and not find it. */
    @Test
    void vietnameseFileNamesWithoutALocale(@TempDir Path folder) throws Exception {
        Path report = Files.copy(Path.of(SEED), Files.createDirectories(folder.resolve("nộp")).resolve("báo cáo.txt"));
        Map<String, String> noLocale = Map.of("LANG", "", "LC_ALL", "", "LC_CTYPE", "");
        Run named = soat(noLocale, "check", "--format", "json", report.toString());
        assertThat(named.status()).as(named.err()).isEqualTo(1);
        assertThat(Json.MAPPER.readTree(named.out()).get("file").asString()).isEqualTo(report.toString());
        Run listed = soat(noLocale, "check", "--format", "json", folder.toString());
        assertThat(Json.MAPPER.readTree(listed.out()).findValuesAsString("file")).containsExactly(report.toString());
    }

    /** The launcher picks the serial collector for a short check, but a collector chosen in JAVA_OPTS wins. */
    @Test
    void aCollectorChosenInJavaOptsIsTheOnlyOne() throws Exception {
        for (String collector : List.of("-XX:+UseParallelGC", "-Xmx1g -XX:+UseG1GC")) {
            Run run = soat(Map.of("JAVA_OPTS", collector), "check", "--format", "json", SEED);
            assertThat(run.status()).as(collector + ": " + run.err()).isEqualTo(1);
            assertThat(Json.MAPPER.readTree(run.out()).get("findings").size()).isPositive();
        }
    }

    /** More than 2000 files switch the launcher to both JIT compilers; counting them must not kill the script. */
    @Test
    void aFolderOfMoreThanTwoThousandDocuments(@TempDir Path folder) throws Exception {
        String report = Files.readString(Path.of("fixtures/clean/base-ubnd-xa-doi-ngoai-nam-2024.txt"));
        // Long paths, 2400 of them: what is left to list after the 2001 names the launcher counts is more than a pipe
        // holds, so `find` is still writing when the count stops reading (its broken pipe once killed the script,
        // status 141).
        Path deep = Files.createDirectories(folder.resolve("bao-cao-cong-tac-doi-ngoai-".repeat(8))
                .resolve("don-vi-cap-xa-phuong-".repeat(10)));
        for (int i = 0; i < 2400; i++) {
            Files.writeString(deep.resolve(String.format("%04d-%s.txt", i, "bao-cao-".repeat(20))), report);
        }
        Path out = folder.resolve("ket-qua.json");
        Run run = soat(Map.of(), "check", "--format", "json", "--out", out.toString(), folder.toString());
        assertThat(run.status()).as(run.err()).isIn(0, 1);
        JsonNode results = Json.MAPPER.readTree(out.toFile());
        assertThat(results.size()).isEqualTo(2400);
    }

    @Test
    void aMissingJarIsOneLineAndStatusTwo() throws Exception {
        Run run = soat(Map.of("SOAT_JAR", "target/no-such.jar"), "check", SEED);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
