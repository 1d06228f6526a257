package vn.soat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soat.Fixtures;
import vn.soat.render.Json;
import vn.soat.request.ReportRequest;

/** What a batch or CI run really meets: files named twice, last run's results, pipes, dead links, closed pipes. */
class AwkwardInputsTest {

    static final Path SEED = ScriptingTest.SEED;
    static final Path CLEAN = ScriptingTest.CLEAN;

    @Test
    void aFileNamedTwiceOrAlsoUnderADirectoryGivenIsCheckedOnceWhereItFirstComes(@TempDir Path dir) throws IOException {
        ScriptingTest.tree(dir);
        CliRun run = CliRun.of("check", "--format", "json", dir.resolve("z.TXT").toString(), dir.toString(), SEED.toString(),
                "./" + SEED);
        assertThat(Json.MAPPER.readTree(run.out()).findValuesAsString("file")).containsExactly(dir.resolve("z.TXT").toString(),
                dir.resolve("b/c/clean.txt").toString(), dir.resolve("b/truncated.pdf").toString(),
                dir.resolve("b/warning.txt").toString(), SEED.toString());
        // Several arguments still make an array, even when they are one file.
        assertThat(Json.MAPPER.readTree(CliRun.of("check", "--format", "json", SEED.toString(), SEED.toString()).out()).isArray())
                .isTrue();
    }

    /** {@code soat check --out ket-qua.txt .} run twice in the same CI workspace. */
    @Test
    void theResultsFileInADirectoryGivenIsNotReadAsAReport(@TempDir Path dir) throws IOException {
        Files.copy(CLEAN, dir.resolve("clean.txt"));
        Path results = dir.resolve("ket-qua.txt");
        CliRun first = CliRun.of("check", "--out", results.toString(), dir.toString());
        CliRun second = CliRun.of("check", "--out", results.toString(), dir.toString());
        assertThat(second.status()).isEqualTo(first.status()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(Files.readString(results)).contains(dir.resolve("clean.txt").toString()).doesNotContain("ket-qua.txt —");
        // Named on its own, it is still refused rather than emptied before it is read.
        assertThat(CliRun.of("check", "--out", results.toString(), results.toString()).err())
                .contains("là một trong các tệp cần kiểm tra");
    }

    @Test
    void aNamedPipeIsNotAFileToCheck(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("nop.pdf");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");
        CliRun run = CliRun.of("check", pipe.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("soát: " + pipe
                + " không phải là tệp hay thư mục (một đường ống hay thiết bị?); soát chỉ đọc tệp PDF, DOCX, DOC, TXT");
    }

    @Test
    void aDanglingLinkIsNamedAsOne(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("bao-cao.pdf"), dir.resolve("gone.pdf"));
        CliRun run = CliRun.of("check", link.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("soát: " + link + " là liên kết tới một tệp không còn tồn tại");
    }

    @Test
    void aFileNameStartingWithADashGetsAHint(@TempDir Path dir) throws IOException {
        Files.copy(CLEAN, Path.of("-soat-test-" + dir.getFileName() + ".txt"));
        String name = "-soat-test-" + dir.getFileName() + ".txt";
        try {
            CliRun run = CliRun.of("check", name);
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("hãy ghi ./" + name + " hoặc đặt sau --");
            assertThat(CliRun.of("check", "--", name).status()).isZero();
        } finally {
            Files.deleteIfExists(Path.of(name));
        }
    }

    /**
     * A sub-directory that cannot be listed is named and the rest is checked (as grep -r does); it used to refuse
     * the whole run. Tests may run as root, which reads any directory: a path past PATH_MAX fails for root too.
     */
    @Test
    void aSubDirectoryThatCannotBeListedIsNamedAndTheRestChecked(@TempDir Path dir) throws Exception {
        Files.copy(CLEAN, dir.resolve("clean.txt"));
        String step = "d".repeat(200);
        Process deep = new ProcessBuilder("bash", "-c", "cd \"$0\" && for i in $(seq 25); do mkdir " + step + " && cd " + step
                + "; done", dir.toString()).start();
        assumeTrue(deep.waitFor() == 0, "bash and mkdir");
        try {
            CliRun run = CliRun.of("check", "--format", "json", dir.toString());
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).startsWith("soát: không đọc được " + dir.resolve(step)).contains("File name too long");
            assertThat(run.err().lines()).hasSize(1);
            assertThat(Json.MAPPER.readTree(run.out()).findValuesAsString("file")).containsExactly(dir.resolve("clean.txt").toString());
        } finally {
            new ProcessBuilder("rm", "-rf", dir.resolve(step).toString()).start().waitFor(); // JUnit cannot delete it
        }
    }

    /** What picocli is handed when Java decodes "báo cáo.txt" in an ASCII locale (java -jar with LANG unset). */
    @Test
    void aNameDecodedWithoutAUtf8LocaleSaysWhatToSet() {
        CliRun run = CliRun.of("check", "b\uFFFD\uFFFDo c\uFFFD\uFFFDo.txt");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("chạy với LANG=C.UTF-8");
    }

    /** Removed (or made unreadable) after the arguments were read: the others are still checked. */
    @Test
    void aFileThatCannotBeReadAnyMoreDoesNotStopTheBatch(@TempDir Path dir) {
        Path gone = dir.resolve("gone.pdf");
        List<String> checked = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        new Batch(Fixtures.pipeline(), Optional.empty(), ReportRequest.NONE, 2, 1 << 20, java.io.InputStream.nullInputStream()).run(List.of(SEED, gone, CLEAN),
                result -> checked.add(result.file()), (file, problem) -> unreadable.add(file + ": " + problem));
        assertThat(checked).containsExactly(SEED.toString(), CLEAN.toString());
        assertThat(unreadable).containsExactly(gone + ": tệp không còn nữa (đã bị xóa hay đổi tên trong lúc kiểm tra?)");
    }

    /** A 3 GB file once ended the run with Java's OutOfMemoryError and its stack trace, exit 1. */
    @Test
    void aFileOverTheUploadLimitIsNotReadAndTheOthersAre(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.pdf");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: no disk used
        }
        CliRun run = CliRun.of("check", "--format", "json", huge.toString(), CLEAN.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("soát: không đọc được tệp " + huge
                + ": tệp 3072,0 MB vượt giới hạn 20,0 MB (soat.max-upload-size; nâng bằng --soat.max-upload-size=100MB)");
        assertThat(Json.MAPPER.readTree(run.out()).findValuesAsString("file")).containsExactly(CLEAN.toString());
        assertThat(CliRun.of("check", "--soat.max-upload-size=1KB", CLEAN.toString()).err()).contains(": tệp 3 KB vượt giới hạn 1 KB");
    }

    /** A CI job reading the SARIF (or a reviewer the HTML or the text summary) learns which file was not checked. */
    @Test
    void theWholeRunReportsNameAFileThatWasNotRead() throws IOException {
        String[] files = {"--soat.max-upload-size=4KB", SEED.toString(), CLEAN.toString()};
        // SEED (9 KB) is over the limit, CLEAN (3 KB) under it.
        String reason = "tệp " + Math.round(Files.size(SEED) / 1024.0) + " KB vượt giới hạn 4 KB"
                + " (soat.max-upload-size; nâng bằng --soat.max-upload-size=100MB)";

        CliRun sarif = CliRun.of(concat(new String[] {"check", "--format", "sarif"}, files));
        assertThat(sarif.status()).isEqualTo(2);
        var run = Json.MAPPER.readTree(sarif.out()).get("runs").get(0);
        var invocation = run.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        var notification = invocation.get("toolExecutionNotifications").get(0);
        assertThat(notification.get("level").asString()).isEqualTo("error");
        assertThat(notification.get("message").get("text").asString()).isEqualTo("Không đọc được tệp: " + reason);
        assertThat(notification.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString())
                .isEqualTo(SEED.toString());
        assertThat(run.get("artifacts")).hasSize(1);

        assertThat(CliRun.of(concat(new String[] {"check", "--format", "html"}, files)).out())
                .contains("Không đọc được 1 tệp:").contains(SEED.getFileName().toString());
        assertThat(CliRun.of(concat(new String[] {"check"}, files)).out())
                .contains("TỔNG HỢP: 1 tệp").contains("Không đọc được 1 tệp:\n  " + SEED + ": " + reason);

        var allRead = Json.MAPPER.readTree(CliRun.of("check", "--format", "sarif", CLEAN.toString()).out())
                .get("runs").get(0).get("invocations").get(0);
        assertThat(allRead.get("executionSuccessful").asBoolean()).isTrue();
        assertThat(allRead.has("toolExecutionNotifications")).isFalse();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void optionValuesThatUsedToEndAsUnexpectedErrorsOrOddSentences(@TempDir Path dir) {
        assertThat(CliRun.of("check", "--rules-url", "http://[bad", CLEAN.toString()).err().strip())
                .isEqualTo("soát: --rules-url phải là địa chỉ đầy đủ, ví dụ https://soat.example.gov.vn/rules");
        assertThat(CliRun.of("check", "--out=", CLEAN.toString()).err().strip()).isEqualTo("soát: --out cần tên một tệp");
        assertThat(CliRun.of("check", "--request", dir.toString(), CLEAN.toString()).err().strip())
                .isEqualTo("soát: --request " + dir + " là một thư mục; cần tệp công văn");
        // --rules after the subcommand, as people write it.
        CliRun rules = CliRun.of("check", "--rules", "rules", "--format", "json", CLEAN.toString());
        assertThat(rules.err()).isEmpty();
        assertThat(rules.status()).isZero();
        assertThat(CliRun.of("check", "--rules", dir.resolve("none").toString(), CLEAN.toString()).err())
                .contains(dir.resolve("none").toString());
    }

    /** A newline in a name split the report's header and the summary table's row in two. */
    @Test
    void aNewlineInAFileNameKeepsTheTextOneLinePerFile(@TempDir Path dir) throws IOException {
        Files.copy(CLEAN, dir.resolve("a.txt"));
        Files.copy(CLEAN, dir.resolve("line1\nline2.txt"));
        String out = CliRun.of("check", dir.toString()).out();
        assertThat(out).contains(dir + "/line1\\nline2.txt — ĐẠT").doesNotContain("line1\n");
        assertThat(out.substring(out.lastIndexOf("TỔNG HỢP")).lines()).hasSize(5);
    }

    @Test
    void aHugeJobCountIsAsManyThreadsAsFiles() {
        CliRun run = CliRun.of("check", "--format", "json", "--jobs", "2000000000", SEED.toString(), CLEAN.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains(CLEAN.toString());
    }

    /** {@code soat check DIR | head -1}: the reader is gone, so the rest is not checked for nobody. */
    @Test
    void aClosedStdoutStopsTheRunWithOneLine(@TempDir Path dir) throws IOException {
        ScriptingTest.tree(dir);
        int[] writes = {0};
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                writes[0]++;
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                write(0);
            }
        };
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(closed), new PrintWriter(err), "check", "--jobs", "1", dir.toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("soát: đầu ra đã đóng (đường ống bị ngắt), dừng kiểm tra");
        assertThat(writes[0]).isEqualTo(1);
    }
}
