package vn.soat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.soat.render.Json;

/** {@code soat rules --explain ID}: the cases, severity, legal basis and a wrong and a right example of one rule. */
class RulesExplainTest {

    @Test
    void aRuleIsExplainedWithItsCasesBasisAndExamples() {
        CliRun run = CliRun.of("--rules", "rules", "rules", "--explain", "FMT_NUMBER_MISSING");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("FMT_NUMBER_MISSING — ")
                .contains("Nhóm: Thể thức (FORMAT)")
                .contains("Căn cứ: Nghị định 30/2020/NĐ-CP")
                .contains("  · ERROR    FMT_NUMBER_MISSING: number left blank")
                .contains("  · ERROR    FMT_NUMBER_MISSING: no Số line")
                .contains("Ví dụ sai:\n  │ ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH\n  │ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
                .contains("Ví dụ đúng:\n  │ ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH\n  │ Số: 52/BC-UBND\n");
    }

    @Test
    void anExampleInABinaryFileIsShownByItsPath() {
        assertThat(CliRun.of("--rules", "rules", "rules", "--explain", "SIG_DIGITAL_BROKEN").out())
                .containsPattern("Ví dụ sai:\n  │ Tệp: fixtures/rules/SIG_DIGITAL_BROKEN/fail-[a-z-]+\\.pdf\n");
    }

    @Test
    void anExampleJudgedAgainstARequestLetterIsShownWithTheLetter() {
        CliRun run = CliRun.of("--rules", "rules", "rules", "--explain", "RPT_LATE");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Công văn yêu cầu báo cáo (hai ví dụ dưới được kiểm tra theo công văn này):\n"
                + "  │ ỦY BAN NHÂN DÂN\n  │ HUYỆN ĐỊNH HÓA\n  │ Số: 7253/UBND-VP\n")
                .contains("trước ngày 25/11/2024").containsSubsequence("Công văn yêu cầu báo cáo", "Ví dụ sai:", "Ví dụ đúng:");
    }

    @Test
    void anIdIsFoundWhateverItsCase() {
        assertThat(CliRun.of("--rules", "rules", "rules", "--explain", "str_numbering").out()).startsWith("STR_NUMBERING — ");
    }

    @Test
    void theExplanationIsAlsoJson() throws IOException {
        JsonNode rule = Json.MAPPER.readTree(CliRun.of("--rules", "rules", "rules", "--explain", "SIG_AUTHORITY", "--format", "json").out());
        assertThat(rule.get("id").asString()).isEqualTo("SIG_AUTHORITY");
        assertThat(rule.get("cases").size()).isGreaterThan(5);
        assertThat(rule.get("wrong").asString()).isNotBlank();
    }

    @Test
    void anUnknownIdIsABadArgument() {
        CliRun run = CliRun.of("--rules", "rules", "rules", "--explain", "FMT_NO_SUCH");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("soát: không có quy tắc FMT_NO_SUCH (xem: soat rules)");
        assertThat(run.out()).isEmpty();
    }
}
