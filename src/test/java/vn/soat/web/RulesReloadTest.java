package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A Sở edits the rules on disk while the service runs: no restart, and a broken edit never stops it. */
@SpringBootTest(classes = SoatWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:reload;DB_CLOSE_DELAY=-1"})
class RulesReloadTest {

    private static final Path SEED_002 = Path.of("fixtures/seeds/002_nga-son-doi-ngoai-2019.txt");
    private static final Path RULES = copyOfTheRules();

    @DynamicPropertySource
    static void rulesDirectory(DynamicPropertyRegistry registry) {
        registry.add("soat.rules-dir", RULES::toString);
        registry.add("soat.rules.cache-dir", () -> RULES.resolveSibling("cache").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("rules")
    HealthIndicator rulesHealth;

    @Test
    void anEditedRuleServesWithoutRestartAndABrokenOneKeepsTheLastGoodRules() throws Exception {
        assertThat(severitiesOf("CIT_REQUEST_MISSING")).containsOnly("ERROR");
        Path citation = RULES.resolve("citation.drl");
        String original = Files.readString(citation);
        String edited = original.replace("@id(\"CIT_REQUEST_MISSING\") @category(\"CITATION\") @severity(\"ERROR\")",
                "@id(\"CIT_REQUEST_MISSING\") @category(\"CITATION\") @severity(\"WARNING\")");
        assertThat(edited).isNotEqualTo(original);

        Files.writeString(citation, edited);
        await(() -> severitiesOf("CIT_REQUEST_MISSING").equals(List.of("WARNING")));

        Files.writeString(RULES.resolve("structure.drl"), "package soat.structure;\n\nrule \"broken\" when\n");
        await(() -> rulesHealth.health().getDetails().containsKey("reloadError"));
        Health health = rulesHealth.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat((String) health.getDetails().get("reloadError")).contains("structure.drl:");
        assertThat(severitiesOf("CIT_REQUEST_MISSING")).as("the last good rules still serve").containsOnly("WARNING");
        assertThat(severitiesOf("STR_NUMBERING")).as("with their structure rules").isNotEmpty();
    }

    private List<String> severitiesOf(String ruleId) {
        try {
            Http.Response created = new Http(port).upload("/api/v1/checks", "file", "002.txt", Files.readAllBytes(SEED_002),
                    "text/plain");
            assertThat(created.status()).isEqualTo(201);
            List<String> severities = new ArrayList<>();
            for (JsonNode finding : created.json().get("findings")) {
                if (finding.get("ruleId").asString().equals(ruleId)) {
                    severities.add(finding.get("severity").asString());
                }
            }
            return severities;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reloading compiles the rules; on a busy machine that takes a while. */
    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 3 minutes").isLessThan(deadline);
            Thread.sleep(300);
        }
    }

    private static Path copyOfTheRules() {
        try {
            Path copy = Files.createTempDirectory("soat-reload").resolve("rules");
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
