package vn.soat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A source file of more than 250 lines does several jobs at once; split it by concern (a parser step per
 * concern, a renderer per format) rather than raising the limit.
 */
class ClassSizeTest {

    static final int MAX_LINES = 250;

    @Test
    void noMainSourceFileIsOver250Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> p + " (" + lines(p) + " lines)")
                    .sorted()
                    .toList();
        }
        assertThat(tooLong).as("source files over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void theCountIsOfPhysicalLines() throws IOException {
        Path file = Files.createTempFile("size", ".java");
        Files.writeString(file, "a\nb\n\nc\n");
        assertThat(lines(file)).isEqualTo(4);
        Files.delete(file);
    }

    static long lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
