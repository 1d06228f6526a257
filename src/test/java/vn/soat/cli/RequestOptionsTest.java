package vn.soat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.soat.render.Json;

/** {@code soat check --request LETTER} and {@code --deadline YYYY-MM-DD}, run from outside. */
class RequestOptionsTest {

    private static final String LETTER = "fixtures/rules/RPT_LATE/letter.txt";
    private static final String LATE = "fixtures/rules/RPT_LATE/fail-dated-after-the-letters-deadline.txt";
    private static final String IN_TIME = "fixtures/rules/RPT_LATE/pass-dated-before-the-letters-deadline.txt";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private List<String> ruleIds() throws IOException {
        JsonNode result = Json.MAPPER.readTree(out.toString());
        List<String> ids = new ArrayList<>();
        result.get("findings").forEach(f -> ids.add(f.get("ruleId").asString()));
        return ids;
    }

    @Test
    void aReportIsCheckedAgainstTheLettersItemsAndDeadline() throws IOException {
        run("--rules", "rules", "check", "--format", "json", "--request", LETTER, LATE);
        JsonNode result = Json.MAPPER.readTree(out.toString());
        assertThat(result.get("profile").asString()).isEqualTo("cong-van-yeu-cau");
        assertThat(result.get("coverage")).extracting(c -> c.get("name").asString())
                .containsExactly("Kết quả công tác đối ngoại năm 2024", "Phương hướng, nhiệm vụ năm 2025");
        assertThat(ruleIds()).contains("RPT_LATE");
    }

    /** A reader tells a wrong finding from a misread letter only if the result says what was read from it. */
    @Test
    void theResultSaysWhatWasReadFromTheLetter() throws IOException {
        run("--rules", "rules", "check", "--format", "json", "--request", LETTER, IN_TIME);
        JsonNode request = Json.MAPPER.readTree(out.toString()).get("request");
        assertThat(request.get("letter").asString()).startsWith("Công văn số 7253/UBND-VP ngày 08/11/2024");
        assertThat(request.get("period").asString()).isEqualTo("năm 2024");
        assertThat(request.get("items").asInt()).isEqualTo(2);
        assertThat(request.get("deadline").asString()).isEqualTo("2024-11-29");
        assertThat(request.get("deadlineText").asString()).startsWith("trước ngày 30/11/2024 (");
        assertThat(request.has("dataPeriod")).isFalse();

        out.getBuffer().setLength(0);
        run("--rules", "rules", "check", "--request", LETTER, IN_TIME);
        assertThat(out.toString()).contains("  đối chiếu với: Công văn số 7253/UBND-VP ngày 08/11/2024",
                " · kỳ báo cáo năm 2024 · 2 nội dung yêu cầu · hạn gửi hết ngày 29/11/2024\n");
    }

    @Test
    void aReportCheckedOnItsOwnHasNoRequestPart() throws IOException {
        run("--rules", "rules", "check", "--format", "json", IN_TIME);
        assertThat(Json.MAPPER.readTree(out.toString()).has("request")).isFalse();
        out.getBuffer().setLength(0);
        run("--rules", "rules", "check", "--format", "json", "--deadline", "2024-11-24", IN_TIME);
        JsonNode request = Json.MAPPER.readTree(out.toString()).get("request");
        assertThat(request.has("letter")).isFalse();
        assertThat(request.get("deadline").asString()).isEqualTo("2024-11-24");
    }

    @Test
    void aReportInTimeIsNotLate() throws IOException {
        run("--rules", "rules", "check", "--format", "json", "--request", LETTER, IN_TIME);
        assertThat(ruleIds()).doesNotContain("RPT_LATE", "STR_SECTION_MISSING", "CIT_INCONSISTENT", "CIT_REQUEST_MISSING");
    }

    @Test
    void aDeadlineWithoutALetterCounts() throws IOException {
        run("--rules", "rules", "check", "--format", "json", "--deadline", "2024-11-24", IN_TIME);
        assertThat(ruleIds()).contains("RPT_LATE");
    }

    @Test
    void aLetterThatCannotBeReadStopsTheCommandWithOneLine(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("cong-van.xlsx");
        Files.write(junk, new byte[] {0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(run("--rules", "rules", "check", "--request", junk.toString(), IN_TIME)).isEqualTo(2);
        assertThat(err.toString().strip().lines()).singleElement().asString().startsWith("soát: không đọc được công văn yêu cầu");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingLetterOrAMalformedDeadlineIsABadArgument() {
        assertThat(run("check", "--request", "no/such/letter.pdf", IN_TIME)).isEqualTo(2);
        assertThat(run("check", "--deadline", "18/6/2026", IN_TIME)).isEqualTo(2);
        assertThat(err.toString()).contains("không tìm thấy công văn yêu cầu").contains("YYYY-MM-DD");
    }
}
