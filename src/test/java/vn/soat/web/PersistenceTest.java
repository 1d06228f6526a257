package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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
        checkRestartFetch(Map.of("spring.datasource.url", url), "H2");
    }

    @Test
    void aCheckIsFoundAgainAfterARestartOnPostgreSql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            checkRestartFetch(Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres", "spring.datasource.password", "postgres"), "PostgreSQL");
        }
    }

    private static void checkRestartFetch(Map<String, String> database, String product) throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("fixtures/seeds/004_boc-nhieu-doi-ngoai-2024.txt"));
        StoredCheck stored;
        try (ConfigurableApplicationContext first = start(database)) {
            assertThat(databaseProduct(first)).isEqualTo(product);
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

    /** Settings as command-line arguments: they override application.yml (default properties would not). */
    private static ConfigurableApplicationContext start(Map<String, String> database) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        database.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(SoatWebApplication.class).run(arguments.toArray(String[]::new));
    }

    private static String databaseProduct(ConfigurableApplicationContext context) throws Exception {
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }
}
