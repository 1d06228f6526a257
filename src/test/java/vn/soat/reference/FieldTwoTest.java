package vn.soat.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.soat.Fixtures;

/**
 * Real 2024–2026 documents nobody on the team used before these rules (fixtures/field-2/README.md): the rules over
 * reference data must raise exactly the ids a reviewer listed in {@code expected}, and nothing else of theirs.
 */
class FieldTwoTest {

    private static final Path FIELD = Fixtures.ROOT.resolve("field-2");
    private static final Set<String> RULES = Set.of("CIT_SUPERSEDED", "RCP_OBSOLETE_UNIT", "FMT_PLACE_INVALID");

    @TestFactory
    Stream<DynamicTest> referenceRulesAgreeWithTheReviewer() throws IOException {
        try (Stream<Path> files = Files.list(FIELD)) {
            List<Path> documents = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertThat(documents).isNotEmpty();
            return documents.stream().map(document -> DynamicTest.dynamicTest(document.getFileName().toString(), () -> {
                List<String> found = Fixtures.check(document).findings().stream().map(f -> f.ruleId())
                        .filter(RULES::contains).distinct().sorted().toList();
                assertThat(found).as("reference-rule findings in %s", document).isEqualTo(expected(document));
            }));
        }
    }

    private static List<String> expected(Path document) throws IOException {
        Path file = Path.of(document.toString().replaceFirst("\\.txt$", ".expect.properties"));
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String ids = properties.getProperty("expected", "").strip();
        return ids.isEmpty() ? List.of() : Arrays.stream(ids.split("\\s*,\\s*")).sorted().toList();
    }
}
