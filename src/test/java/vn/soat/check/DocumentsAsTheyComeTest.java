package vn.soat.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;

/**
 * The kinds of input that real files bring (issue 9): each small document asserts the document type, the
 * finding it must give at its line, or the findings it must not give.
 */
class DocumentsAsTheyComeTest {

    private static final String LETTER = """
            VĂN PHÒNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            \tĐộc lập - Tự do - Hạnh phúc
            Số: 2592/VPCP-QHQT\tHà Nội, ngày 24 tháng 3 năm 2025
            V/v báo cáo tình hình thực hiện các thỏa thuận quốc tế

            Kính gửi: Bộ Ngoại giao.

            Phó Thủ tướng Chính phủ giao Bộ Ngoại giao báo cáo tình hình thực hiện các thỏa thuận quốc tế trước ngày 30/4/2025./.

            Nơi nhận:\tKT. BỘ TRƯỞNG, CHỦ NHIỆM
            - Như trên;\tPHÓ CHỦ NHIỆM
            - Lưu: VT, QHQT (3b).

            \tNguyễn Văn An
            """;

    private static final String REPORT = """
            UBND HUYỆN ĐỊNH HÓA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH\tĐộc lập - Tự do - Hạnh phúc
            Số: 52/BC-UBND\tPhú Đình, ngày 25 tháng 11 năm 2024

            BÁO CÁO
            Kết quả thực hiện Kế hoạch tuyên truyền năm 2024

            Thực hiện Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa về việc báo cáo, UBND xã Phú Đình báo cáo như sau:

            1. Xã tổ chức 05 buổi tuyên truyền cho 320 lượt người.

            2. Không có khó khăn, vướng mắc./.

            Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
            - UBND huyện Định Hóa (b/c);\tCHỦ TỊCH
            - Lưu: VT, VP.

            \tHoàng Văn Bình
            """;

    private static List<Finding> errorsAndWarnings(CheckResult result) {
        return result.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    @Test
    void aCongVanIsJudgedAsACongVan() {
        CheckResult result = Fixtures.checkText(LETTER);
        assertThat(result.documentType().code()).isEqualTo("CV");
        assertThat(Fixtures.ruleIds(result)).doesNotContain("FMT_TITLE_MISSING", "FMT_SYMBOL_INVALID",
                "CIT_REQUEST_MISSING", "STR_REPORT_AS_LETTER", "STR_SECTION_MISSING");
    }

    @Test
    void aCongVanWithoutKinhGuiLacksItsAddressee() {
        CheckResult result = Fixtures.checkText(LETTER.replace("Kính gửi: Bộ Ngoại giao.\n", ""));
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity)
                .contains(tuple("RCP_ADDRESSEE_MISSING", Severity.ERROR));
    }

    @Test
    void aReportWrittenAsACongVanIsSaidOnce() {
        String text = REPORT.replace("Số: 52/BC-UBND", "Số: 52/UBND-VP").replace("BÁO CÁO\nKết quả thực hiện",
                "V/v báo cáo kết quả thực hiện").replace("\nThực hiện Công văn", "\nKính gửi: UBND huyện Định Hóa.\n\nThực hiện Công văn");
        CheckResult result = Fixtures.checkText(text);
        assertThat(result.documentType().code()).isEqualTo("CV");
        assertThat(errorsAndWarnings(result)).extracting(Finding::ruleId).containsExactly("STR_REPORT_AS_LETTER");
    }

    @Test
    void legalNormativeNumbersCarryTheirYear() {
        String text = REPORT.replace("Số: 52/BC-UBND", "Số: 15/2010/QĐ-UBND").replace("BÁO CÁO\n", "QUYẾT ĐỊNH\n");
        CheckResult result = Fixtures.checkText(text);
        assertThat(result.documentType().code()).isEqualTo("QĐ");
        assertThat(Fixtures.ruleIds(result)).doesNotContain("FMT_SYMBOL_INVALID", "FMT_NUMBER_MISSING");
    }

    @Test
    void aPlanIsNotToldItIsNotAReport() {
        String text = REPORT.replace("Số: 52/BC-UBND", "Số: 52/KH-UBND").replace("BÁO CÁO\n", "KẾ HOẠCH\n");
        CheckResult result = Fixtures.checkText(text);
        assertThat(result.documentType().code()).isEqualTo("KH");
        assertThat(errorsAndWarnings(result)).isEmpty();
    }

    @Test
    void aReportNumberedAsAPlanIsStillWrong() {
        CheckResult result = Fixtures.checkText(REPORT.replace("Số: 52/BC-UBND", "Số: 52/KH-UBND"));
        assertThat(result.findings()).extracting(Finding::ruleId, f -> f.location().line())
                .contains(tuple("FMT_SYMBOL_INVALID", 3));
    }

    @Test
    void aNumberGluedToItsColonIsANumber() {
        CheckResult result = Fixtures.checkText(REPORT.replace("Số: 52/BC-UBND", "Số:52/BC-UBND"));
        assertThat(errorsAndWarnings(result)).isEmpty();
    }

    @Test
    void theGapEOfficeLeavesAroundAStampedNumberIsNotADefect() {
        CheckResult result = Fixtures.checkText(REPORT.replace("Số: 52/BC-UBND", "Số: 329      /BC-UBND"));
        assertThat(errorsAndWarnings(result)).isEmpty();
    }

    @Test
    void marksAboveTheHeaderDoNotHideIt() {
        CheckResult result = Fixtures.checkText("DỰ THẢO\n" + REPORT);
        assertThat(errorsAndWarnings(result)).isEmpty();
    }

    @Test
    void aMottoCapitalisedOnEveryWordIsAnError() {
        CheckResult result = Fixtures.checkText(REPORT.replace("Độc lập - Tự do - Hạnh phúc", "Độc Lập - Tự Do - Hạnh Phúc"));
        assertThat(errorsAndWarnings(result)).extracting(Finding::ruleId, Finding::severity, f -> f.location().line())
                .containsExactly(tuple("FMT_NATIONAL_TITLE_MISSING", Severity.ERROR, 2));
    }

    @Test
    void aMottoTypedWithDashesIsAWarning() {
        CheckResult result = Fixtures.checkText(REPORT.replace("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"));
        assertThat(errorsAndWarnings(result)).extracting(Finding::ruleId, Finding::severity, f -> f.location().line())
                .containsExactly(tuple("FMT_NATIONAL_TITLE_MISSING", Severity.WARNING, 2));
    }

    @Test
    void recipientsGluedOnOneLineAreStillRead() {
        CheckResult result = Fixtures.checkText(REPORT.replace("- UBND huyện Định Hóa (b/c);\tCHỦ TỊCH\n- Lưu: VT, VP.",
                "- UBND huyện Định Hóa (b/c);- Lưu: VT, VP.\tCHỦ TỊCH"));
        assertThat(errorsAndWarnings(result)).isEmpty();
    }

    @Test
    void luuWithoutItsColonIsAFormSlipNotAMissingArchive() {
        CheckResult result = Fixtures.checkText(REPORT.replace("- Lưu: VT, VP.", "- Lưu VT."));
        assertThat(errorsAndWarnings(result)).extracting(Finding::ruleId, Finding::severity, f -> f.location().line())
                .containsExactly(tuple("RCP_LIST_PUNCTUATION", Severity.WARNING, 16));
    }

    @Test
    void contentWithoutItsEndMarkIsAWarning() {
        CheckResult result = Fixtures.checkText(REPORT.replace("vướng mắc./.", "vướng mắc."));
        assertThat(errorsAndWarnings(result)).extracting(Finding::ruleId, Finding::severity, f -> f.location().line())
                .containsExactly(tuple("FMT_ENDMARK_MISSING", Severity.WARNING, 12));
    }

    @Test
    void anAnnexAfterTheSignatureIsNotTheEndOfTheContent() {
        StringBuilder annex = new StringBuilder("\nPhụ lục\nSỐ LIỆU CHI TIẾT\n");
        for (int i = 1; i <= 80; i++) {
            annex.append(i).append(". Thôn ").append(i).append(": 0").append(i % 9 + 1).append(" buổi\n");
        }
        CheckResult result = Fixtures.checkText(REPORT + annex);
        assertThat(errorsAndWarnings(result)).isEmpty();
    }

    @Test
    void aPartyDocumentIsOutOfScope() {
        String text = REPORT.replace("UBND HUYỆN ĐỊNH HÓA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN ỦY ĐỊNH HÓA\tĐẢNG CỘNG SẢN VIỆT NAM")
                .replace("ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH\tĐộc lập - Tự do - Hạnh phúc", "ĐẢNG ỦY XÃ PHÚ ĐÌNH")
                .replace("Số: 52/BC-UBND", "Số 52-BC/ĐU");
        CheckResult result = Fixtures.checkText(text);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("DOC_OUT_OF_SCOPE");
    }

    @Test
    void aDateWithoutItsPlaceIsMissingItsPlace() {
        CheckResult result = Fixtures.checkText(REPORT.replace("Phú Đình, ngày 25 tháng 11 năm 2024", "Ngày 25 tháng 11 năm 2024"));
        assertThat(errorsAndWarnings(result)).extracting(Finding::ruleId, Finding::severity, f -> f.location().line())
                .containsExactly(tuple("FMT_DATE_MISSING", Severity.ERROR, 3));
    }

    @Test
    void aTotrinhAndTheReportItSubmitsAreJudgedEachAsItsOwnType() throws java.io.IOException {
        String submission = java.nio.file.Files.readString(Fixtures.ROOT.resolve("documents/tt-so-ngoai-vu-2024.txt"));
        int reportFirstLine = (int) submission.lines().count() + 2;
        CheckResult result = Fixtures.checkText(submission + "\n" + REPORT.replace("Số: 52/BC-UBND", "Số:       /BC-UBND"));
        assertThat(result.documentType().code()).isEqualTo("TTr");
        assertThat(errorsAndWarnings(result)).extracting(Finding::ruleId, f -> f.location().line())
                .containsExactly(tuple("FMT_NUMBER_MISSING", reportFirstLine + 2));
    }

    @Test
    void aTemplateInAnAnnexIsNotASecondDocument() throws java.io.IOException {
        String decision = java.nio.file.Files.readString(Fixtures.ROOT.resolve("documents/qd-ubnd-tinh-quy-che-2024.txt"));
        CheckResult result = Fixtures.checkText(decision + "\nPHỤ LỤC\nMẫu số 01\n" + REPORT.replace("Số: 52/BC-UBND", "Số: .../BC-UBND"));
        assertThat(errorsAndWarnings(result)).isEmpty();
    }

    @Test
    void aNewPredicateEndsTheParts() {
        CheckResult result = Fixtures.checkText(REPORT.replace("1. Xã tổ chức 05 buổi tuyên truyền cho 320 lượt người.",
                "1. Xã đã tổ chức 03 đoàn ra gồm 17 lượt người và đón 05 đoàn vào."));
        assertThat(errorsAndWarnings(result)).isEmpty();
    }

    @Test
    void menAndWomenAreTheWholeOfACountOfPeople() {
        String wrong = REPORT.replace("1. Xã tổ chức 05 buổi tuyên truyền cho 320 lượt người.",
                "1. Xã đón 50 lượt người, trong đó 30 nam và 25 nữ.");
        assertThat(errorsAndWarnings(Fixtures.checkText(wrong))).extracting(Finding::ruleId, f -> f.location().line())
                .containsExactly(tuple("NUM_TOTAL_MISMATCH", 10));
        assertThat(errorsAndWarnings(Fixtures.checkText(wrong.replace("25 nữ", "20 nữ")))).isEmpty();
    }

    @Test
    void repeatedBreakdownsWithoutFullStopsAreReadInLinearTime() {
        // 90 KB of "1 đoàn, trong đó 5 đoàn" once took 30 s: every keyword re-read the whole paragraph.
        CheckResult result = Fixtures.checkText(REPORT.replace("2. Không có khó khăn, vướng mắc./.",
                "2. " + "1 đoàn, trong đó 5 đoàn ".repeat(3_000) + "./."));
        assertThat(result.findings()).extracting(Finding::ruleId).contains("NUM_TOTAL_MISMATCH");
    }

    @Test
    void aDateSplitOverTwoTableCellsIsOneDate() {
        CheckResult result = Fixtures.checkText(REPORT.replace("Số: 52/BC-UBND\tPhú Đình, ngày 25 tháng 11 năm 2024",
                "Số: 52/BC-UBND\tPhú Đình, ngày 25 tháng 11\n\tnăm 2024"));
        assertThat(errorsAndWarnings(result)).isEmpty();
    }

    @Test
    void aDateBrokenAfterNgayIsOneDate() {
        CheckResult result = Fixtures.checkText(REPORT.replace("Số: 52/BC-UBND\tPhú Đình, ngày 25 tháng 11 năm 2024",
                "Số: 52/BC-UBND\tPhú Đình, ngày\n\t25 tháng 11 năm 2024"));
        assertThat(errorsAndWarnings(result)).isEmpty();
    }

    @Test
    void aYouthUnionDocumentGluedOnOneLineIsStillOutOfScope() {
        String glued = "BAN CHẤP HÀNH TỈNH ĐOÀN***Số: 12 - BC/TĐTN-VP ĐOÀN TNCS HỒ CHÍ MINH Thanh Hóa, ngày 05 tháng 3 năm 2024"
                + " BÁO CÁOKết quả công tác thanh niên quý I - Tỉnh đoàn tổ chức 05 hoạt động giao lưu./. Nơi nhận: - Lưu VP.";
        CheckResult result = Fixtures.checkText(glued);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("DOC_OUT_OF_SCOPE");
    }

    @Test
    void aUnitHeadWhoseTitleNamesTheUnitIsJudgedAgainstThatUnit() {
        CheckResult result = Fixtures.checkText(LETTER.replace("VĂN PHÒNG CHÍNH PHỦ\t", "BỘ NGOẠI GIAO\t")
                .replace("Số: 2592/VPCP-QHQT", "Số: 2592/LS-XNC")
                .replace("Nơi nhận:\tKT. BỘ TRƯỞNG, CHỦ NHIỆM", "Nơi nhận:\tKT. CỤC TRƯỞNG CỤC LÃNH SỰ")
                .replace("- Như trên;\tPHÓ CHỦ NHIỆM", "- Như trên;\tPHÓ CỤC TRƯỞNG"));
        assertThat(Fixtures.ruleIds(result)).doesNotContain("SIG_AUTHORITY");
    }
}
