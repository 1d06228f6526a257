package vn.soat.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;

/**
 * Each case of STR_SECTION_MISSING (rules/structure.drl) on a small report: a failing example
 * asserted at its line and a passing one that differs in the one place.
 */
class SectionMissingCasesTest {

    private static final String REPORT = """
            UBND TỈNH THÁI NGUYÊN
            ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH
            Số: 112/BC-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Phú Đình, ngày 15 tháng 6 năm 2026

            BÁO CÁO
            Kết quả công tác đối ngoại 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026

            Kính gửi: Sở Ngoại vụ tỉnh Thái Nguyên.

            Thực hiện Công văn số 784/SNgV-HTQT ngày 20/5/2026 của Sở Ngoại vụ tỉnh Thái Nguyên về việc báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2026, Ủy ban nhân dân xã Phú Đình báo cáo như sau:

            I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2026
            1. Công tác quản lý đoàn ra, đoàn vào: Xã đón 02 đoàn khách nước ngoài; không có đoàn ra.
            2. Công tác ngoại giao kinh tế: Giới thiệu sản phẩm OCOP của xã tại hội chợ biên giới.
            3. Công tác thông tin đối ngoại: Đăng tải 24 tin, bài trên Trang thông tin điện tử xã.
            Trong 6 tháng đầu năm, xã không tổ chức hội nghị, hội thảo quốc tế; không ký kết thỏa thuận quốc tế nào.
            CONSULAR

            II. KHÓ KHĂN, HẠN CHẾ
            Cán bộ làm công tác đối ngoại kiêm nhiệm, chưa được bồi dưỡng chuyên sâu.

            III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026
            Tiếp tục quảng bá du lịch cộng đồng của xã.

            Trên đây là báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026 của UBND xã Phú Đình./.

            Nơi nhận:
            - Như trên;
            - Lưu: VT, VP.

            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH

            Hoàng Văn Bình
            """;
    private static final String CONSULAR = "Công tác lãnh sự, bảo hộ công dân: Không phát sinh.";

    @Test
    void theCorrectReportHasNoFinding() {
        assertThat(missing(REPORT.replace("CONSULAR", CONSULAR))).isEmpty();
    }

    @Test
    void aTopLevelItemWithNoEvidenceIsAnErrorAtTheItemBefore() {
        String report = REPORT.replace("CONSULAR", CONSULAR)
                .replace("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026\nTiếp tục quảng bá du lịch cộng đồng của xã.\n", "");
        assertThat(missing(report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().line()).isEqualTo(lineOf(report, "II. KHÓ KHĂN, HẠN CHẾ"));
            assertThat(f.message()).startsWith("Thiếu phần \"Phương hướng 6 tháng cuối năm\"");
        });
        assertThat(missing(REPORT.replace("CONSULAR", CONSULAR).replace("III. PHƯƠNG HƯỚNG, NHIỆM VỤ",
                "III. NHIỆM VỤ, GIẢI PHÁP"))).isEmpty();
    }

    @Test
    void aResultsItemWithNoEvidenceIsAnErrorAtTheResultsHeading() {
        String report = REPORT.replace("CONSULAR\n", "");
        assertThat(missing(report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().line()).isEqualTo(lineOf(report, "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI"));
            assertThat(f.message()).contains("\"Lãnh sự và bảo hộ công dân\"");
        });
        assertThat(missing(REPORT.replace("CONSULAR", "Xã không có công dân cần bảo hộ; công tác lãnh sự không phát sinh.")))
                .as("a nil answer in a sentence").isEmpty();
    }

    @Test
    void aTopLevelItemOnlyTouchedOnInAPassageIsAWarningAtThatPassage() {
        String passage = "Bên cạnh đó, xã còn một số hạn chế, khó khăn do cán bộ kiêm nhiệm.";
        String report = REPORT.replace("CONSULAR", CONSULAR)
                .replace("II. KHÓ KHĂN, HẠN CHẾ\nCán bộ làm công tác đối ngoại kiêm nhiệm, chưa được bồi dưỡng chuyên sâu.\n\n", "")
                .replace("III. PHƯƠNG HƯỚNG", "II. PHƯƠNG HƯỚNG")
                .replace("Đăng tải 24 tin, bài trên Trang thông tin điện tử xã.", "Đăng tải 24 tin, bài. " + passage);
        assertThat(missing(report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().line()).isEqualTo(lineOf(report, passage));
            assertThat(f.message()).startsWith("Có thể thiếu phần \"Hạn chế, khó khăn\"").contains("đoạn văn");
        });
        assertThat(missing(report.replace("Bên cạnh đó, xã còn một số hạn chế", "* Hạn chế")))
                .as("the same passage opening with the item").isEmpty();
    }

    @Test
    void aResultsItemOnlyTouchedOnInPassingIsAWarningAtThatLine() {
        String passing = "Phối hợp nắm tình hình công dân lao động ở nước ngoài, kết hợp công tác lãnh sự khi cần.";
        String report = REPORT.replace("CONSULAR", passing);
        assertThat(missing(report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().line()).isEqualTo(lineOf(report, passing));
            assertThat(f.message()).contains("có thể thiếu nội dung \"Lãnh sự và bảo hộ công dân\"");
        });
        assertThat(missing(REPORT.replace("CONSULAR", "Công tác lãnh sự được phối hợp thực hiện khi cần.")))
                .as("a sentence about the item").isEmpty();
    }

    @Test
    void aHeadingThatNamesTheItemOnlyInPartIsAWarningAtThatHeading() {
        String report = REPORT.replace("CONSULAR", CONSULAR).replace("II. KHÓ KHĂN, HẠN CHẾ", "II. NGUYÊN NHÂN TỒN TẠI");
        assertThat(missing(report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().line()).isEqualTo(lineOf(report, "II. NGUYÊN NHÂN TỒN TẠI"));
            assertThat(f.message()).contains("đề mục \"II. NGUYÊN NHÂN TỒN TẠI\"");
        });
    }

    @Test
    void aPlanLineThatMentionsTheItemDoesNotAnswerItForTheResults() {
        String report = REPORT.replace("CONSULAR", CONSULAR)
                .replace("3. Công tác thông tin đối ngoại: Đăng tải 24 tin, bài trên Trang thông tin điện tử xã.\n", "")
                .replace("Tiếp tục quảng bá du lịch cộng đồng của xã.",
                        "1. Phát huy kết quả đạt được, tăng cường thông tin đối ngoại, quảng bá hình ảnh của xã.");
        assertThat(missing(report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("\"Thông tin đối ngoại\"");
        });
    }

    @Test
    void resultsWrittenAsTheirItemsWithoutAHeadingOfTheirOwnAreThere() {
        String items = """
                I. CÔNG TÁC ĐOÀN RA, ĐOÀN VÀO: Xã đón 02 đoàn khách nước ngoài; không có đoàn ra.
                II. CÔNG TÁC NGOẠI GIAO KINH TẾ: Giới thiệu sản phẩm OCOP của xã tại hội chợ biên giới.
                III. CÔNG TÁC THÔNG TIN ĐỐI NGOẠI: Đăng tải 24 tin, bài trên Trang thông tin điện tử xã.
                Trong 6 tháng đầu năm, xã không tổ chức hội nghị, hội thảo quốc tế; không ký kết thỏa thuận quốc tế nào.
                IV. CÔNG TÁC LÃNH SỰ, BẢO HỘ CÔNG DÂN: Không phát sinh.
                """;
        String report = REPORT.replace(REPORT.substring(REPORT.indexOf("I. KẾT QUẢ"), REPORT.indexOf("CONSULAR\n") + 9), items)
                .replace("II. KHÓ KHĂN, HẠN CHẾ", "V. KHÓ KHĂN, HẠN CHẾ").replace("III. PHƯƠNG HƯỚNG", "VI. PHƯƠNG HƯỚNG");
        assertThat(missing(report)).isEmpty();
        String fewer = report.replace("II. CÔNG TÁC NGOẠI GIAO KINH TẾ: Giới thiệu sản phẩm OCOP của xã tại hội chợ biên giới.\n", "")
                .replace("III. CÔNG TÁC THÔNG TIN ĐỐI NGOẠI: Đăng tải 24 tin, bài trên Trang thông tin điện tử xã.\n", "")
                .replace("IV. CÔNG TÁC LÃNH SỰ", "II. CÔNG TÁC LÃNH SỰ").replace("V. KHÓ KHĂN", "III. KHÓ KHĂN")
                .replace("VI. PHƯƠNG HƯỚNG", "IV. PHƯƠNG HƯỚNG")
                .replace("Trong 6 tháng đầu năm, xã không tổ chức hội nghị, hội thảo quốc tế; không ký kết thỏa thuận quốc tế nào.\n", "");
        assertThat(missing(fewer)).as("two of six items are not the results").extracting(Finding::message)
                .anyMatch(m -> m.startsWith("Thiếu phần \"Kết quả\""));
    }

    private static List<Finding> missing(String report) {
        return Fixtures.checkText(report).findings().stream().filter(f -> f.ruleId().equals("STR_SECTION_MISSING")).toList();
    }

    private static int lineOf(String report, String start) {
        List<String> lines = report.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start) || lines.get(i).endsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + start);
    }
}
