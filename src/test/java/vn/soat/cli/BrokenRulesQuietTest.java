package vn.soat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules directory whose DRL does not compile stops the command with soát's one line naming the file and line;
 * Drools' own multi-line ERROR report stays out of the command line's stderr (the server's log keeps it).
 */
class BrokenRulesQuietTest {

    @Test
    void aBrokenRuleFileIsOneLineOnStderr(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        long endLine = Files.readAllLines(rules.resolve("format.drl")).size() + 6;
        Files.writeString(rules.resolve("format.drl"), "\nrule \"broken\"\nwhen\n    $x : NoSuchFact( \nthen\nend\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        // In its own JVM, so that its logging is configured as the jar's is.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.soat.Soat", "--rules", rules.toString(),
                "--soat.rules.cache-dir=none", "rules").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(err).isEqualTo(2);
        assertThat(err.strip().lines()).as(err).hasSize(1);
        assertThat(err).startsWith("soát: Quy tắc không biên dịch được: ").contains("format.drl:" + endLine + ": ")
                .doesNotContain("KieProject");
    }
}
