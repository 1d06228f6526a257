package vn.soat.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.SmallReport;
import vn.soat.check.CheckResult;
import vn.soat.ingest.Submission;
import vn.soat.profile.OutlineProfile;

/** The text report (and the result page, through the same phrase) says how the outline came to be, truthfully. */
class OutlineSourceTest {

    private static final List<OutlineProfile> PROFILES = Fixtures.pipeline().profiles().profiles();
    private static final Path SEED = Path.of("fixtures/seeds/002_nga-son-doi-ngoai-2019.txt");

    private static String outlineLine(CheckResult result) {
        return TextReport.render(result, PROFILES).lines().filter(l -> l.contains("mẫu đề cương")).findFirst().orElseThrow();
    }

    private static CheckResult checkText(String name, String text) {
        return Fixtures.pipeline().check(new Submission(name, text.getBytes(StandardCharsets.UTF_8)), Optional.empty());
    }

    @Test
    void anEmptyFileHasNoOutlineThatAnyoneChose() {
        assertThat(outlineLine(checkText("rong.pdf", ""))).endsWith("mẫu đề cương: generic (chưa áp dụng vì chưa đọc được nội dung tệp)")
                .doesNotContain("người dùng");
    }

    @Test
    void aSummaryLineMatchingNoOutlineGetsTheGenericOneAndSaysSo() {
        String report = SmallReport.HEADER.replace("Kết quả công tác đối ngoại năm 2024", "Tình hình sử dụng xe công") + "Nội dung.\n";
        assertThat(outlineLine(checkText("xe.txt", report)))
                .endsWith("mẫu đề cương: generic (trích yếu không khớp đề cương riêng nào nên dùng đề cương chung)");
    }

    @Test
    void aDetectedOutlineAndANamedOneAreSaidSo() {
        assertThat(outlineLine(Fixtures.check(SEED))).endsWith("(tự nhận biết theo trích yếu)");
        assertThat(outlineLine(Fixtures.check(SEED, Optional.of("doi-ngoai-6-thang")))).endsWith("mẫu đề cương: doi-ngoai-6-thang (do người dùng chọn)");
    }
}
