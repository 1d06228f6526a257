package vn.soat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A word boundary ({@code \b}, {@code \B}) means one thing on Java 17 and another on Java 19 and later
 * (vn.soat.text.Regex); bin/soat runs on Java 25 when it is installed. Every pattern of ours that has one is
 * compiled with {@code Regex.compile}: a statement with {@code \\b} in its source must call it.
 */
class PortableRegexTest {

    private static final Pattern BOUNDARY = Pattern.compile("\\\\\\\\[bB]");

    @Test
    void everyWordBoundaryIsCompiledPortably() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Regex.java")).toList()) {
                String source = Files.readString(file);
                Matcher m = BOUNDARY.matcher(source);
                while (m.find()) {
                    int start = Math.max(Math.max(source.lastIndexOf(";\n", m.start()), source.lastIndexOf("{\n", m.start())),
                            source.lastIndexOf("}\n", m.start()));
                    if (!source.substring(Math.max(0, start), m.start()).contains("Regex.compile(")) {
                        offenders.add(file + ":" + (source.substring(0, m.start()).lines().count()));
                    }
                }
            }
        }
        assertThat(offenders).as("\\b in a pattern not compiled with vn.soat.text.Regex.compile").isEmpty();
    }
}
