package vn.soat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soat.render.Json;

/** {@code soat check} as a script uses it: directories, streamed JSON, --fail-on, the summary table, progress. */
class ScriptingTest {

    static final Path SEED = Path.of("fixtures/seeds/002_nga-son-doi-ngoai-2019.txt");
    static final Path CLEAN = Path.of("fixtures/clean/base-ubnd-xa-doi-ngoai-nam-2024.txt");
    static final Path WARNING_ONLY = Path.of("fixtures/clean/so-ngoai-vu-phan-thu-nhat-2023.txt");

    /** b/ before a.txt's sibling z.docx; a sub-folder; files soát does not read are left out. */
    static Path tree(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.copy(SEED, dir.resolve("z.TXT"));
        Files.copy(CLEAN, dir.resolve("b/c/clean.txt"));
        Files.copy(WARNING_ONLY, dir.resolve("b/warning.txt"));
        Files.copy(Path.of("fixtures/bad/truncated.pdf"), dir.resolve("b/truncated.pdf"));
        Files.writeString(dir.resolve("notes.md"), "not a submission");
        Files.write(dir.resolve("b/scan.png"), new byte[] {1, 2, 3});
        return dir;
    }

    @Test
    void aDirectoryIsEveryReadableFileUnderItSortedByPath(@TempDir Path dir) throws IOException {
        tree(dir);
        CliRun run = CliRun.of("check", "--format", "json", dir.toString());
        List<String> files = new ArrayList<>();
        Json.MAPPER.readTree(run.out()).forEach(result -> files.add(result.get("file").asString()));
        assertThat(files).containsExactly(dir.resolve("b/c/clean.txt").toString(), dir.resolve("b/truncated.pdf").toString(),
                dir.resolve("b/warning.txt").toString(), dir.resolve("z.TXT").toString());
    }

    /** A link named on the command line is followed (as find -H and grep -r do), and the paths keep its name. */
    @Test
    void aLinkToADirectoryIsTheDirectory(@TempDir Path dir) throws IOException {
        tree(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        CliRun run = CliRun.of("check", "--format", "json", link.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(Json.MAPPER.readTree(run.out()).findValuesAsString("file")).containsExactly(
                link.resolve("b/c/clean.txt").toString(), link.resolve("b/truncated.pdf").toString(),
                link.resolve("b/warning.txt").toString(), link.resolve("z.TXT").toString());
    }

    @Test
    void filesAndDirectoriesMixInArgumentOrder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("d"));
        Files.copy(CLEAN, dir.resolve("d/clean.txt"));
        CliRun run = CliRun.of("check", "--format", "json", SEED.toString(), dir.resolve("d").toString(), WARNING_ONLY.toString());
        assertThat(Json.MAPPER.readTree(run.out()).findValuesAsString("file"))
                .containsExactly(SEED.toString(), dir.resolve("d/clean.txt").toString(), WARNING_ONLY.toString());
    }

    @Test
    void aDirectoryOfOneFileStillGivesAnArray(@TempDir Path dir) throws IOException {
        Files.copy(CLEAN, dir.resolve("clean.txt"));
        assertThat(Json.MAPPER.readTree(CliRun.of("check", "--format", "json", dir.toString()).out()).isArray()).isTrue();
    }

    @Test
    void aDirectoryWithoutSubmissionsIsABadArgument(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.md"), "x");
        CliRun run = CliRun.of("check", dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("soát: thư mục " + dir + " không có tệp PDF, DOCX, DOC hay TXT nào");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theParallelRunGivesWhatOneFileAtATimeGives(@TempDir Path dir) throws IOException {
        tree(dir);
        JsonNode parallel = Json.MAPPER.readTree(CliRun.of("check", "--format", "json", "--jobs", "3", dir.toString()).out());
        JsonNode serial = Json.MAPPER.readTree(CliRun.of("check", "--format", "json", "--jobs", "1", dir.toString()).out());
        assertThat(parallel).hasSize(4);
        for (int i = 0; i < serial.size(); i++) {
            assertThat(parallel.get(i).get("file")).isEqualTo(serial.get(i).get("file"));
            assertThat(parallel.get(i).get("findings")).isEqualTo(serial.get(i).get("findings"));
        }
    }

    @Test
    void failOnDecidesWhatMakesExitOne() {
        assertThat(CliRun.of("check", WARNING_ONLY.toString()).status()).isZero();
        assertThat(CliRun.of("check", "--fail-on", "WARNING", WARNING_ONLY.toString()).status()).isEqualTo(1);
        assertThat(CliRun.of("check", "--fail-on", "warning", CLEAN.toString()).status()).isZero();
        assertThat(CliRun.of("check", "--fail-on", "ERROR", SEED.toString()).status()).isEqualTo(1);
        CliRun info = CliRun.of("check", "--fail-on", "INFO", CLEAN.toString());
        assertThat(info.status()).isEqualTo(2);
        assertThat(info.err().strip()).isEqualTo("soát: --fail-on nhận ERROR hoặc WARNING");
    }

    @Test
    void aTextRunOfSeveralFilesEndsWithTheSummaryTable(@TempDir Path dir) throws IOException {
        tree(dir);
        CliRun run = CliRun.of("check", dir.toString());
        assertThat(run.status()).isEqualTo(1);
        String table = run.out().substring(run.out().lastIndexOf("TỔNG HỢP"));
        assertThat(table.lines().toList()).containsExactly(
                "TỔNG HỢP: 4 tệp — 1 đạt, 1 cần xem xét, 2 trả lại",
                "  Kết luận       Lỗi  Cảnh báo  Thông tin  Tệp",
                "  Đạt              0         0          0  " + dir.resolve("b/c/clean.txt"),
                "  Trả lại          1         0          0  " + dir.resolve("b/truncated.pdf"),
                "  Cần xem xét      0         1          0  " + dir.resolve("b/warning.txt"),
                "  Trả lại          7         2          0  " + dir.resolve("z.TXT"),
                "  Cộng             8         3          0  ");
    }

    @Test
    void oneFileHasNoSummaryTable() {
        assertThat(CliRun.of("check", SEED.toString()).out()).doesNotContain("TỔNG HỢP");
    }

    @Test
    void noProgressLineWhenStderrIsNotATerminal(@TempDir Path dir) throws IOException {
        tree(dir);
        CliRun run = CliRun.of("check", "--format", "json", dir.toString());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theProgressLineSaysHowFarWhatRateAndHowLongIsLeft() {
        assertThat(Progress.line(0, 570, 0)).isEqualTo("0/570 tệp");
        assertThat(Progress.line(1, 570, 0)).isEqualTo("1/570 tệp");
        assertThat(Progress.line(151, 570, 1.0)).isEqualTo("151/570 tệp · 150,0 tệp/giây · còn khoảng 3 giây");
    }

    @Test
    void theProgressLineIsRedrawnInPlaceAndErased() {
        java.io.StringWriter err = new java.io.StringWriter();
        long[] now = {0};
        Progress progress = new Progress(new java.io.PrintWriter(err), 3, () -> now[0]);
        now[0] = 2_000_000_000L; // the first file, which waited for the rules
        progress.step();
        now[0] = 2_500_000_000L;
        progress.step();
        now[0] = 3_000_000_000L;
        progress.step();
        progress.finish();
        progress.finish(); // again from the shutdown hook, at exit: nothing more
        assertThat(err.toString()).isEqualTo("\r\033[K1/3 tệp"
                + "\r\033[K2/3 tệp · 2,0 tệp/giây · còn khoảng 1 giây"
                + "\r\033[K3/3 tệp · 2,0 tệp/giây · còn khoảng 0 giây\r\033[K");
        assertThat(Progress.of(new java.io.PrintWriter(err), 5, false)).isSameAs(Progress.NONE);
    }
}
