package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.soat.desk.decision.Dossiers;
import vn.soat.desk.intake.Intake;
import vn.soat.desk.intake.ReceivedFile;
import vn.soat.desk.intake.ReceivedFiles;
import vn.soat.desk.people.Unit;
import vn.soat.desk.people.Units;
import vn.soat.desk.round.Period;
import vn.soat.desk.round.Rounds;

/**
 * A restart mid-intake loses nothing: files stored while no instance runs checks are checked by the
 * next instance that starts, and the round, its files and decisions are all still there. On the
 * default H2 file database and on PostgreSQL.
 */
class DeskRestartTest {

    @TempDir
    Path dir;

    @Test
    void filesStoredBeforeARestartAreCheckedAfterItOnTheFileDatabase() throws Exception {
        storeStopRestart(Map.of("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("soat").toAbsolutePath()));
    }

    @Test
    void filesStoredBeforeARestartAreCheckedAfterItOnPostgreSql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            storeStopRestart(Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres", "spring.datasource.password", "postgres"));
        }
    }

    private static void storeStopRestart(Map<String, String> database) throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("fixtures/documents/cv-bao-cao-so-nv-2025.txt"));
        byte[] other = Files.readAllBytes(Path.of("fixtures/clean/ubnd-xa-6-thang-so-a-rap-2024.txt"));
        String periodId;
        List<String> ids = new ArrayList<>();
        try (ConfigurableApplicationContext first = start(database, false)) {
            first.getBean(Units.class).save(new Unit("SNV", "Sở Nội vụ", List.of("Sở Nội vụ")));
            first.getBean(Units.class).save(new Unit("LUNGNIEM", "Xã Lũng Niêm", List.of("UBND xã Lũng Niêm")));
            Period period = first.getBean(Rounds.class).open("Đợt thử", "doi-ngoai-nam", LocalDate.of(2099, 1, 1), "",
                    List.of("SNV", "LUNGNIEM"), "admin");
            periodId = period.id();
            first.getBean(Intake.class).receive(period, List.of(new Intake.Upload("snv.txt", seed),
                    new Intake.Upload("lung-niem.txt", other)), "", "admin").forEach(f -> ids.add(f.id()));
            assertThat(first.getBean(ReceivedFiles.class).ofPeriod(periodId)).extracting(ReceivedFile::status)
                    .containsOnly(ReceivedFile.WAITING);
        }
        try (ConfigurableApplicationContext second = start(database, true)) {
            ReceivedFiles files = second.getBean(ReceivedFiles.class);
            Instant until = Instant.now().plus(Duration.ofSeconds(90));
            while (Instant.now().isBefore(until) && files.ofPeriod(periodId).stream().anyMatch(f -> !f.checked())) {
                Thread.sleep(200);
            }
            assertThat(files.ofPeriod(periodId)).extracting(ReceivedFile::status).containsOnly(ReceivedFile.CHECKED);
            assertThat(files.ofPeriod(periodId)).extracting(ReceivedFile::unitCode).containsExactlyInAnyOrder("SNV", "LUNGNIEM");
            assertThat(files.original(ids.get(0))).hasValue(seed);
            second.getBean(Dossiers.class).decide(ids.get(0), "ACCEPTED", "", "admin");
        }
        try (ConfigurableApplicationContext third = start(database, true)) {
            assertThat(third.getBean(Dossiers.class).trail(ids.get(0))).extracting(d -> d.decision()).containsExactly("ACCEPTED");
            assertThat(third.getBean(Rounds.class).find(periodId).title()).isEqualTo("Đợt thử");
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> database, boolean scheduler) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--soat.admin.password=admin-pass-1",
                "--soat.desk.poll-millis=100", "--soat.desk.scheduler.enabled=" + scheduler));
        database.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(SoatWebApplication.class).run(arguments.toArray(String[]::new));
    }
}
