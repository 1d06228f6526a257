package vn.soat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's mistake on the command line is one clear line and exit 2, never an "unexpected error". */
class CliMistakesTest {

    private static final String SEED = "fixtures/seeds/002_nga-son-doi-ngoai-2019.txt";

    @Test
    void anOutputFileInAFolderThatDoesNotExist() {
        CliRun run = CliRun.of("check", "--out", "target/no-such-folder/x/y.json", SEED);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("target/no-such-folder/x/y.json").doesNotContain("không mong đợi").doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void theCatalogueHasNoSarifOrHtmlForm() {
        assertThat(CliRun.of("rules", "--format", "sarif").status()).isEqualTo(2);
        assertThat(CliRun.of("rules", "--format", "html").status()).isEqualTo(2);
        assertThat(CliRun.of("rules", "--format", "json").status()).isZero();
    }

    /** The two lines of a mistake picocli finds: what was wrong, in Vietnamese, and where to read more. */
    private static List<String> mistake(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        return run.err().strip().lines().toList();
    }

    @Test
    void aFormatThatDoesNotExistNamesTheFormatsThatDo() {
        assertThat(mistake("check", "--format", "xml", SEED)).containsExactly(
                "soát: --format không nhận \"xml\"; dùng một trong: text, json, html, sarif", "Xem: soat check --help");
        assertThat(mistake("rules", "--format", "sarif")).containsExactly(
                "soát: --format không nhận \"sarif\"; dùng một trong: text, json", "Xem: soat rules --help");
    }

    @Test
    void aFailOnLevelThatDoesNotExistNamesTheLevels() {
        assertThat(mistake("check", "--fail-on", "foo", SEED)).containsExactly(
                "soát: --fail-on không nhận \"foo\"; dùng một trong: ERROR, WARNING", "Xem: soat check --help");
    }

    @Test
    void anUnknownOptionIsNamedWithWhatItMayHaveMeant() {
        assertThat(mistake("check", "--formats", "json", SEED).get(0)).startsWith("soát: không có tùy chọn --formats; có phải: ")
                .contains("--format");
        assertThat(mistake("--quiet", "rules")).containsExactly("soát: không có tùy chọn --quiet", "Xem: soat --help");
    }

    @Test
    void aMissingValueOrFileIsNamed() {
        assertThat(mistake("check", SEED, "--format")).containsExactly(
                "soát: --format cần một giá trị: text, json, html, sarif", "Xem: soat check --help");
        assertThat(mistake("check")).containsExactly("soát: thiếu TỆP|THƯ_MỤC", "Xem: soat check --help");
    }

    @Test
    void aNumberOrDateThatIsNotOneIsNamed() {
        assertThat(mistake("check", "--jobs", "nhiều", SEED)).containsExactly(
                "soát: --jobs không nhận \"nhiều\"; cần một số nguyên", "Xem: soat check --help");
        assertThat(mistake("check", "--deadline", "18/6/2026", SEED).get(0)).isEqualTo(
                "soát: --deadline: hạn gửi phải có dạng YYYY-MM-DD (ví dụ 2026-06-18), không phải '18/6/2026'");
    }

    @Test
    void anOptionGivenTwiceIsNamed() {
        assertThat(mistake("check", "--format", "json", "--format", "text", SEED)).containsExactly(
                "soát: --format chỉ được ghi một lần", "Xem: soat check --help");
    }

    @Test
    void aSubcommandThatDoesNotExistIsNamed() {
        assertThat(mistake("chek", SEED).get(0)).startsWith("soát: thừa đối số \"chek\"; có phải: check");
    }

    @Test
    void aSeverityKeyIsEchoedAsTheUserWroteIt() {
        CliRun badValue = CliRun.of("--soat.rules.severity.SIG_AUTHORITY=WARN", "rules");
        assertThat(badValue.status()).isEqualTo(2);
        assertThat(badValue.err().strip())
                .isEqualTo("soát: cấu hình không hợp lệ: soat.rules.severity.SIG_AUTHORITY: giá trị \"WARN\" không hợp lệ");
        assertThat(CliRun.of("--soat.rules.severity.SigAuthority=INFO", "rules").err().strip())
                .isEqualTo("soát: soat.rules.severity: không có quy tắc SigAuthority");
        assertThat(CliRun.of("--soat.rules.disabled=Foo_Bar", "rules").err().strip())
                .isEqualTo("soát: soat.rules.disabled: không có quy tắc Foo_Bar");
        assertThat(CliRun.of("--soat.rules.severity.sig-authority=INFO", "rules").status()).isZero();
    }

    @Test
    void theOutputFileCannotBeAFileBeingChecked() throws Exception {
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("soat-out", ".txt");
        java.nio.file.Files.copy(java.nio.file.Path.of(SEED), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long size = java.nio.file.Files.size(copy);
        CliRun run = CliRun.of("check", "--out", copy.toString(), copy.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("là một trong các tệp cần kiểm tra");
        assertThat(java.nio.file.Files.size(copy)).as("the document is untouched").isEqualTo(size);
    }

    @Test
    void theOutputFileCannotBeAFolder() {
        CliRun run = CliRun.of("check", "--out", "target", SEED);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--out target là một thư mục").doesNotContain("Exception");
    }

    @Test
    void everyCommandHasItsHelpInVietnamese() {
        for (String command : List.of("check", "rules", "profiles", "serve")) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.status()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Cách dùng: soat " + command).contains("In hướng dẫn này rồi thoát.")
                    .doesNotContain("Show this help");
        }
        assertThat(CliRun.of("serve", "--help").out()).contains("--server.port=9090");
    }
}
