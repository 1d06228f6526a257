package vn.soat.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.soat.render.Json;
import vn.soat.cli.Cli;

/**
 * bin/soat runs on the newest JDK it finds (JDK 25 on these machines), the tests on Java 17. Java 19 changed what a
 * regex {@code \b} means and soát's verdicts changed with it (vn.soat.text.Regex), so every fixture is checked here
 * in a JVM of a newer Java too, when the machine has one, and must give the same findings at the same lines.
 */
class SameResultsOnEveryJavaTest {

    private static final List<String> FOLDERS = List.of("fixtures/seeds", "fixtures/clean", "fixtures/formats",
            "fixtures/documents", "fixtures/field", "fixtures/letters", "fixtures/holdout-3");

    @Test
    void aNewerJavaGivesTheSameFindings() throws Exception {
        Optional<Path> newer = newerJava();
        assumeTrue(newer.isPresent(), "no Java 19+ under /usr/lib/jvm besides the one running the tests");
        List<String> files = fixtures();
        Map<String, List<String>> here = findings(runHere(files));
        Map<String, List<String>> there = findings(runIn(newer.get(), files));
        assertThat(there.keySet()).containsExactlyElementsOf(here.keySet());
        here.forEach((file, found) -> assertThat(there.get(file)).as("%s on %s", file, newer.get()).isEqualTo(found));
    }

    private static List<String> fixtures() throws IOException {
        List<String> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                walk.filter(Files::isRegularFile).map(Path::toString)
                        .filter(f -> f.matches(".*\\.(txt|pdf|docx|doc)$")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String runHere(List<String> files) {
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        args.addAll(files);
        Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
        return out.toString();
    }

    private static String runIn(Path java, List<String> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "vn.soat.Soat", "check", "--format", "json"));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return out;
    }

    /** File → its verdict and each finding as {@code rule case severity line}. */
    private static Map<String, List<String>> findings(String json) {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (JsonNode result : Json.MAPPER.readTree(json)) {
            List<String> found = new ArrayList<>(List.of(result.get("verdict").asString()));
            for (JsonNode f : result.get("findings")) {
                found.add(f.get("ruleId").asString() + " " + f.path("case").asString() + " " + f.get("severity").asString()
                        + " " + f.path("location").path("line").asInt());
            }
            byFile.put(result.get("file").asString(), found);
        }
        return byFile;
    }

    /** A Java 19 or later other than this one: the newest under /usr/lib/jvm. */
    private static Optional<Path> newerJava() throws IOException {
        Path running = Path.of(System.getProperty("java.home")).toRealPath();
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")) && major(h) >= 19)
                    .filter(h -> !realPath(h).equals(running))
                    .max(java.util.Comparator.comparingInt(SameResultsOnEveryJavaTest::major)).map(h -> h.resolve("bin/java"));
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private static int major(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
