package vn.soat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.soat.render.Json;

/** {@code curl … | soat check -}: the standard input is read as one file, its format told by its content. */
class StandardInputTest {

    static final Path PDF = Path.of("fixtures/formats/base-nam.pdf");
    static final Path DOCX = Path.of("fixtures/formats/base-nam.docx");

    @Test
    void aPdfOrDocxOnTheStandardInputGetsTheFindingsOfTheFile() throws IOException {
        for (Path file : new Path[] {PDF, DOCX}) {
            JsonNode piped = Json.MAPPER.readTree(CliRun.withInput(Files.readAllBytes(file), "check", "--format", "json", "-").out());
            JsonNode named = Json.MAPPER.readTree(CliRun.of("check", "--format", "json", file.toString()).out());
            assertThat(piped.get("file").asString()).isEqualTo("-");
            assertThat(piped.get("format").asString()).isEqualTo(named.get("format").asString());
            assertThat(piped.get("sha256").asString()).isEqualTo(named.get("sha256").asString());
            assertThat(piped.findValuesAsString("ruleId")).isEqualTo(named.findValuesAsString("ruleId"));
        }
    }

    @Test
    void theStandardInputBesideFilesIsOneEntryOfTheArrayAndIsReadOnce() throws IOException {
        CliRun run = CliRun.withInput(Files.readAllBytes(ScriptingTest.CLEAN), "check", "--format", "json", "-",
                ScriptingTest.SEED.toString(), "-");
        assertThat(Json.MAPPER.readTree(run.out()).findValuesAsString("file")).containsExactly("-", ScriptingTest.SEED.toString());
    }

    @Test
    void anEmptyStandardInputIsAFileWithNoText() throws IOException {
        CliRun run = CliRun.withInput(new byte[0], "check", "--format", "json", "-");
        assertThat(run.status()).isEqualTo(1);
        assertThat(Json.MAPPER.readTree(run.out()).findValuesAsString("ruleId")).containsExactly("DOC_NO_TEXT");
    }

    @Test
    void aStandardInputOverTheUploadLimitIsNotChecked() {
        CliRun run = CliRun.withInput(new byte[3000], "check", "--soat.max-upload-size=1KB", "-");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("soát: không đọc được tệp -: đầu vào chuẩn vượt giới hạn 1 KB"
                + " (soat.max-upload-size; nâng bằng --soat.max-upload-size=100MB)");
    }

    @Test
    void dotSlashDashNamesAFileCalledDash(@org.junit.jupiter.api.io.TempDir Path dir) {
        CliRun run = CliRun.of("check", dir.resolve("-").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("không tìm thấy tệp " + dir.resolve("-"));
    }
}
