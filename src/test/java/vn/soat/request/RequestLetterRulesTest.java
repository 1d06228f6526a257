package vn.soat.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.SmallReport;
import vn.soat.check.CheckResult;
import vn.soat.finding.Finding;
import vn.soat.ingest.Submission;

/**
 * Each case of the rules that set a report beside its request letter, deadline and data period, on a short
 * report (SmallReport: date line 6, type line 8, opening line 11, the first body line after the results
 * items line 16) and a short letter.
 */
class RequestLetterRulesTest {

    private static final String OPENING = "Thực hiện Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa về việc"
            + " báo cáo công tác đối ngoại năm 2024, UBND xã Phú Đình báo cáo như sau:";

    private static String letter(String deadline, String cutoff) {
        return """
                ỦY BAN NHÂN DÂN
                HUYỆN ĐỊNH HÓA
                Số: 7253/UBND-VP
                V/v báo cáo công tác đối ngoại năm 2024
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Định Hóa, ngày 08 tháng 11 năm 2024

                Kính gửi: UBND các xã, thị trấn.

                Ủy ban nhân dân huyện đề nghị UBND các xã, thị trấn báo cáo các nội dung sau:
                1. Kết quả công tác đoàn ra, đoàn vào;
                2. Công tác lãnh sự và bảo hộ công dân;
                3. Khó khăn, vướng mắc.
                %s
                Báo cáo gửi về UBND huyện %s.
                Trân trọng./.

                Nơi nhận:
                - Như trên;
                - Lưu: VT.
                TM. ỦY BAN NHÂN DÂN
                CHỦ TỊCH
                Nguyễn Văn Hòa
                """.formatted(cutoff, deadline);
    }

    private static final String LETTER = letter("trước ngày 30/11/2024", "Số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024.");

    private static String report(String opening, String... body) {
        return SmallReport.HEADER + """
                %s

                I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI
                1. Công tác đoàn ra, đoàn vào: xã không có đoàn ra, đoàn vào.
                2. Công tác lãnh sự và bảo hộ công dân: không phát sinh.
                %s
                II. KHÓ KHĂN, VƯỚNG MẮC
                Không có.

                Nơi nhận:
                - UBND huyện Định Hóa (b/c);
                - Lưu: VT.
                """.formatted(opening, String.join("\n", body));
    }

    private static ReportRequest read(String letterText) {
        return Fixtures.pipeline().readLetter(new Submission("letter.txt", letterText.getBytes(StandardCharsets.UTF_8)));
    }

    private static CheckResult check(String report, ReportRequest request) {
        return Fixtures.pipeline().check(new Submission("report.txt", report.getBytes(StandardCharsets.UTF_8)),
                Optional.empty(), request);
    }

    private static List<Integer> lines(String report, ReportRequest request, String ruleId) {
        return check(report, request).findings().stream().filter(f -> f.ruleId().equals(ruleId))
                .map(f -> f.location().line()).toList();
    }

    private static List<Finding> findings(String report, ReportRequest request, String ruleId) {
        return check(report, request).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    // The ad-hoc outline: STR_SECTION_MISSING in the letter's own words

    @Test
    void aReportCoveringTheLettersItemsIsCheckedAgainstThemAndNotAProfile() {
        CheckResult result = check(report(OPENING), read(LETTER));
        assertThat(result.profile()).isEqualTo("cong-van-yeu-cau");
        assertThat(result.profileDetected()).isFalse();
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("STR_SECTION_MISSING")).isEmpty();
    }

    @Test
    void anItemTheLetterAsksForIsMissingInTheLettersWords() {
        String report = SmallReport.HEADER + OPENING + """

                I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI
                1. Công tác đoàn ra, đoàn vào: xã không có đoàn ra, đoàn vào.
                II. KHÓ KHĂN, VƯỚNG MẮC
                Không có.
                """;
        List<Finding> missing = findings(report, read(LETTER), "STR_SECTION_MISSING");
        assertThat(missing).extracting(Finding::message).containsExactly(
                "Thiếu phần \"Công tác lãnh sự và bảo hộ công dân\" mà đề cương \"Công văn số 7253/UBND-VP ngày 08/11/2024"
                        + " của Ủy ban nhân dân huyện Định Hóa\" yêu cầu.");
        assertThat(missing).extracting(f -> f.location().line()).containsExactly(13); // after the item before it
    }

    // CIT_INCONSISTENT and CIT_REQUEST_MISSING: the opening against the letter

    @Test
    void anotherNumberForTheLetterIsInconsistent() {
        assertThat(lines(report(OPENING.replace("7253/UBND-VP", "7235/UBND-VP")), read(LETTER), "CIT_INCONSISTENT"))
                .containsExactly(11);
        assertThat(lines(report(OPENING), read(LETTER), "CIT_INCONSISTENT")).isEmpty();
    }

    @Test
    void anotherDateForTheLetterIsInconsistent() {
        assertThat(lines(report(OPENING.replace("08/11/2024", "18/11/2024")), read(LETTER), "CIT_INCONSISTENT"))
                .containsExactly(11);
        assertThat(lines(report(OPENING.replace("08/11/2024", "8/11/2024")), read(LETTER), "CIT_INCONSISTENT")).isEmpty();
    }

    @Test
    void anotherIssuerForTheLetterIsAWarning() {
        List<Finding> found = findings(report(OPENING.replace("UBND huyện Định Hóa", "Sở Ngoại vụ")), read(LETTER),
                "CIT_INCONSISTENT");
        assertThat(found).extracting(f -> f.location().line()).containsExactly(11);
        assertThat(found).extracting(f -> f.severity().name()).containsExactly("WARNING");
        assertThat(lines(report(OPENING.replace("UBND huyện Định Hóa", "Ủy ban nhân dân huyện Định Hóa")), read(LETTER),
                "CIT_INCONSISTENT")).isEmpty();
    }

    @Test
    void anOpeningCitingAnotherDocumentDoesNotAnswerTheLetter() {
        String other = "Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2024 của UBND huyện Định Hóa, UBND xã Phú Đình báo cáo như sau:";
        assertThat(lines(report(other), read(LETTER), "CIT_REQUEST_MISSING")).containsExactly(11);
        assertThat(lines(report(OPENING), read(LETTER), "CIT_REQUEST_MISSING")).isEmpty();
    }

    // STR_PERIOD_MISMATCH: dated before its period; another period than the letter's

    @Test
    void aReportDatedBeforeItsPeriodIsFlaggedAtItsDate() {
        String early = report(OPENING).replace("ngày 25 tháng 11 năm 2024", "ngày 25 tháng 11 năm 2023");
        assertThat(lines(early, ReportRequest.NONE, "STR_PERIOD_MISMATCH")).containsExactly(6);
        assertThat(lines(report(OPENING), ReportRequest.NONE, "STR_PERIOD_MISMATCH")).isEmpty();
    }

    @Test
    void aReportOfAnotherPeriodThanTheLetterAsksIsFlaggedAtItsSummary() {
        String letter2023 = LETTER.replace("năm 2024\n\nCỘNG", "năm 2023\n\nCỘNG").replace("V/v báo cáo công tác đối ngoại năm 2024",
                "V/v báo cáo công tác đối ngoại năm 2023");
        assertThat(lines(report(OPENING), read(letter2023), "STR_PERIOD_MISMATCH")).containsExactly(8);
        assertThat(lines(report(OPENING), read(LETTER), "STR_PERIOD_MISMATCH")).isEmpty();
    }

    // RPT_LATE

    @Test
    void aReportDatedAfterTheLettersDeadlineIsLate() {
        ReportRequest strict = read(letter("trước ngày 25/11/2024", ""));
        assertThat(lines(report(OPENING), strict, "RPT_LATE")).containsExactly(6);
        assertThat(lines(report(OPENING), read(letter("chậm nhất ngày 25/11/2024", "")), "RPT_LATE")).isEmpty();
        assertThat(lines(report(OPENING), read(letter("trước 17h00 ngày 25/11/2024", "")), "RPT_LATE")).isEmpty();
    }

    @Test
    void aDeadlineSetWithoutALetterCounts() {
        assertThat(lines(report(OPENING), ReportRequest.NONE.withDeadline(LocalDate.of(2024, 11, 24)), "RPT_LATE")).containsExactly(6);
        assertThat(lines(report(OPENING), ReportRequest.NONE.withDeadline(LocalDate.of(2024, 11, 25)), "RPT_LATE")).isEmpty();
        assertThat(lines(report(OPENING), ReportRequest.NONE, "RPT_LATE")).isEmpty();
    }

    // RPT_DATA_PERIOD

    @Test
    void aDataPeriodOtherThanTheDecreesIsFlaggedAtItsLine() {
        assertThat(lines(report(OPENING, "Số liệu báo cáo tính từ ngày 01/01/2024 đến ngày 31/10/2024."), ReportRequest.NONE,
                "RPT_DATA_PERIOD")).containsExactly(16);
        assertThat(lines(report(OPENING, "Số liệu báo cáo tính từ ngày 15/12/2023 đến ngày 14/12/2024."), ReportRequest.NONE,
                "RPT_DATA_PERIOD")).isEmpty();
    }

    @Test
    void aBarePeriodCloseToTheCutOffIsTheDataPeriodButAnEventIsNot() {
        assertThat(lines(report(OPENING, "Trong năm (từ ngày 01/01/2024 đến 31/12/2024), xã không có đoàn ra."), ReportRequest.NONE,
                "RPT_DATA_PERIOD")).containsExactly(16);
        assertThat(lines(report(OPENING, "Lễ hội diễn ra từ ngày 02/5 đến 05/5/2024 thu hút du khách."), ReportRequest.NONE,
                "RPT_DATA_PERIOD")).isEmpty();
    }

    @Test
    void aDataPeriodOtherThanTheLettersIsFlaggedAndTheLettersCutOffReplacesTheDecrees() {
        ReportRequest ownCutoff = read(letter("trước ngày 30/11/2024", "Số liệu tính đến ngày 31/10/2024."));
        assertThat(lines(report(OPENING, "Số liệu tính đến ngày 14/12/2024."), ownCutoff, "RPT_DATA_PERIOD")).containsExactly(16);
        assertThat(lines(report(OPENING, "Số liệu tính đến ngày 31/10/2024."), ownCutoff, "RPT_DATA_PERIOD")).isEmpty();
    }
}
