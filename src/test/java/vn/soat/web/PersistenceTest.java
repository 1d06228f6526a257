package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.soat.history.StoredCheck;

/** A check survives a restart of the service: on the default H2 file database, and on a real PostgreSQL. */
class PersistenceTest {

    @TempDir
    Path dir;

    @Test
    void aCheckIsFoundAgainAfterARestartOnTheFileDatabase() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("soat").toAbsolutePath();
        checkRestartFetch(Map.of("spring.datasource.url", url));
    }

    @Test
    void aCheckIsFoundAgainAfterARestartOnPostgreSql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            checkRestartFetch(Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres", "spring.datasource.password", "postgres"));
        }
    }

    private static void checkRestartFetch(Map<String, Object> database) throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("fixtures/seeds/004_boc-nhieu-doi-ngoai-2024.txt"));
        StoredCheck stored;
        try (ConfigurableApplicationContext first = start(database)) {
            stored = first.getBean(CheckService.class).submit("004.txt", seed, Optional.empty());
        }
        try (ConfigurableApplicationContext second = start(database)) {
            Optional<StoredCheck> again = second.getBean(CheckService.class).find(stored.id());
            assertThat(again).hasValueSatisfying(check -> {
                assertThat(check.resultJson()).isEqualTo(stored.resultJson());
                assertThat(check.sha256()).isEqualTo(stored.sha256());
                assertThat(check.sizeBytes()).isEqualTo(seed.length);
                assertThat(check.resultJson()).contains("NUM_PERCENT_MISMATCH");
            });
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> database) {
        return new SpringApplicationBuilder(SoatWebApplication.class).properties(Map.of("server.port", "0"))
                .properties(database).run();
    }
}
