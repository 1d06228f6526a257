package vn.soat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code soat serve} on a taken port fails at once in one line, and a failed start leaves no database folder. */
class ServeGuardTest {

    @Test
    void aTakenPortStopsServeAtOnceInOneLineAndCreatesNoDatabase(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (ServerSocket taken = new ServerSocket(0)) {
            long started = System.nanoTime();
            CliRun run = CliRun.of("serve", "--server.port=" + taken.getLocalPort(),
                    "--spring.datasource.url=jdbc:h2:file:" + data.resolve("soat"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(run.status()).as(run.err()).isEqualTo(2);
            assertThat(run.err().strip().lines()).containsExactly("soát: cổng " + taken.getLocalPort()
                    + " đang có chương trình khác dùng (có thể là một soát khác đang chạy); chọn cổng khác, ví dụ: soat serve --server.port=8080");
            assertThat(millis).as("ms to refuse").isLessThan(5_000);
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void aPortOutOfRangeIsOneLine() {
        CliRun run = CliRun.of("serve", "--server.port=70000");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("soát: cổng 70000 không hợp lệ (1–65535)");
    }

    @Test
    void aFailedStartRemovesTheDatabaseFoldersItCreatedAndOnlyThose(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        ServeGuard guard = ServeGuard.before(List.of("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + data.resolve("h2/soat")));
        Files.createDirectories(data.resolve("h2"));
        Files.writeString(data.resolve("h2/soat.mv.db"), "x");
        guard.startFailed();
        assertThat(data).doesNotExist();
        assertThat(dir).exists();

        Files.createDirectories(data);
        ServeGuard existing = ServeGuard.before(List.of("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + data.resolve("soat")));
        Files.writeString(data.resolve("soat.mv.db"), "kept");
        existing.startFailed();
        assertThat(data.resolve("soat.mv.db")).exists();
        assertThat(ServeGuard.databaseDirectory("jdbc:postgresql://db/soat")).isEmpty();
        assertThat(ServeGuard.databaseDirectory("jdbc:h2:file:~/soat")).isEmpty();
    }
}
