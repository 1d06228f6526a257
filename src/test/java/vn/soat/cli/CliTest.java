package vn.soat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.soat.render.Json;

class CliTest {

    private static final String SEED_002 = "fixtures/seeds/002_nga-son-doi-ngoai-2019.txt";
    private static final String SEED_003 = "fixtures/seeds/003_ha-tinh-sngv-kiem-diem-2022.txt";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aReportWithErrorsExitsOne() {
        assertThat(run("check", SEED_002)).isEqualTo(1);
        assertThat(out.toString()).contains("TRẢ LẠI").contains("STR_NUMBERING").contains("dòng 103");
    }

    @Test
    void aCleanReportExitsZero() throws IOException {
        Path clean = Files.list(Path.of("fixtures/clean")).filter(p -> p.toString().endsWith(".txt")).sorted()
                .findFirst().orElseThrow();
        assertThat(run("check", clean.toString())).as(out.toString()).isZero();
    }

    @Test
    void oneFileGivesAJsonObjectAndSeveralAnArray() throws IOException {
        run("check", "--format", "json", SEED_002);
        JsonNode one = Json.MAPPER.readTree(out.toString());
        assertThat(one.isObject()).isTrue();
        assertThat(one.get("findings").get(0).get("ruleId").asString()).isNotBlank();

        out.getBuffer().setLength(0);
        run("check", "--format", "json", SEED_002, SEED_003);
        JsonNode many = Json.MAPPER.readTree(out.toString());
        assertThat(many.isArray()).isTrue();
        assertThat(many).hasSize(2);
    }

    @Test
    void aMissingFileIsABadArgument() {
        assertThat(run("check", "no/such/file.pdf")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("soát: không tìm thấy tệp no/such/file.pdf");
    }

    @Test
    void anUnknownOptionIsABadArgument() {
        assertThat(run("check", "--colour", SEED_002)).isEqualTo(2);
        assertThat(err.toString()).startsWith("soát: ").doesNotContain("Exception");
    }

    @Test
    void noSubcommandIsABadArgument() {
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void anUnreadableFileIsAFindingNotACrash(@TempDir Path dir) throws IOException {
        Path garbage = dir.resolve("garbage.pdf");
        Files.write(garbage, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, 3});
        assertThat(run("check", garbage.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("DOC_UNREADABLE");
    }

    @Test
    void checkDoesNotStartTheWebServer() throws Exception {
        // In its own JVM: other tests of this run start web contexts of their own.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), "vn.soat.Soat", "check", SEED_003)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output.lines().filter(l -> !l.startsWith("[")).toList().toString()).isEqualTo(1);
        assertThat(output).contains("vn.soat.check.CheckPipeline")
                .doesNotContain("org.springframework.boot.SpringApplication ")
                .doesNotContain("org.apache.catalina");
    }

    @Test
    void outWritesTheResultToAFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("result.json");
        run("check", "--format", "json", "--out", target.toString(), SEED_003);
        assertThat(Json.MAPPER.readTree(target.toFile()).get("sha256").asString()).hasSize(64);
    }
}
