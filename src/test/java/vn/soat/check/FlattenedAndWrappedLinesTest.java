package vn.soat.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;

/**
 * Input shapes from the third holdout: header tables a web page flattened into {@code cell | cell |}, list entries
 * wrapped over two lines without a dash on the second, a Tiêu ngữ whose hyphens the PDF text layer lost.
 */
class FlattenedAndWrappedLinesTest {

    private static final String REPORT = """
            UBND HUYỆN YÊN KHÁNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            ỦY BAN NHÂN DÂN XÃ KHÁNH AN\tĐộc lập - Tự do - Hạnh phúc
            Số: 41/BC-UBND\tKhánh An, ngày 18 tháng 11 năm 2024

            BÁO CÁO
            Kết quả thực hiện Kế hoạch phòng, chống thiên tai năm 2024

            Thực hiện Công văn số 812/UBND-NN ngày 04/11/2024 của UBND huyện Yên Khánh, UBND xã Khánh An báo cáo như sau:

            1. Xã tổ chức 03 đợt diễn tập cho 150 lượt người.

            2. Không có khó khăn, vướng mắc./.

            Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
            - UBND huyện Yên Khánh (b/c);\tCHỦ TỊCH
            - Lưu: VT, VP.

            \tTrần Thị Mai
            """;

    private static final String FLATTENED_HEADER = """
            UBND HUYỆN YÊN KHÁNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            ỦY BAN NHÂN DÂN XÃ KHÁNH AN || Độc lập - Tự do - Hạnh phúc
            Số: 41/BC-UBND | Khánh An, ngày 18 tháng 11 năm 2024 |
            """;

    private static final String HEADER = REPORT.substring(0, REPORT.indexOf("\n\n") + 1);

    private static List<Finding> errorsAndWarnings(String text) {
        return Fixtures.checkText(text).findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    @Test
    void theTemplateIsClean() {
        assertThat(errorsAndWarnings(REPORT)).isEmpty();
    }

    @Test
    void cellSeparatorsOfAFlattenedHeaderTableAreCellBoundaries() {
        assertThat(errorsAndWarnings(REPORT.replace(HEADER, FLATTENED_HEADER))).isEmpty();
    }

    @Test
    void aLeadingSeparatorBeforeTheMottoIsACellBoundaryToo() {
        String header = FLATTENED_HEADER.replace("ỦY BAN NHÂN DÂN XÃ KHÁNH AN || Độc lập", "ỦY BAN NHÂN DÂN XÃ KHÁNH AN |\n| Độc lập");
        assertThat(errorsAndWarnings(REPORT.replace(HEADER, header))).isEmpty();
    }

    @Test
    void aMisspeltQuocHieuInACellIsStillMisspelt() {
        String header = FLATTENED_HEADER.replace("CHỦ NGHĨA VIỆT NAM |", "CHỦ NGHIA VIỆT NAM |");
        assertThat(errorsAndWarnings(REPORT.replace(HEADER, header)))
                .extracting(Finding::ruleId, Finding::severity, f -> f.location().line())
                .containsExactly(tuple("FMT_NATIONAL_TITLE_MISSING", Severity.ERROR, 1));
    }

    @Test
    void aMalformedSymbolInACellIsStillMalformed() {
        String header = FLATTENED_HEADER.replace("Số: 41/BC-UBND |", "Số: 41/BC UBND |");
        assertThat(errorsAndWarnings(REPORT.replace(HEADER, header)))
                .extracting(Finding::ruleId, f -> f.location().line())
                .containsExactly(tuple("FMT_SYMBOL_INVALID", 3));
    }

    @Test
    void aRecipientWrappedOverTwoLinesIsOneEntry() {
        String text = REPORT.replace("- Lưu: VT, VP.", """
                - Văn phòng HĐND và UBND huyện: CVP, các PCVP,
                các bộ phận chuyên môn, Cổng TTĐT;
                - Lưu: VT, VP.""");
        assertThat(errorsAndWarnings(text)).isEmpty();
    }

    @Test
    void aWrappedRecipientIsJudgedByItsLastLine() {
        String text = REPORT.replace("- Lưu: VT, VP.", """
                - Văn phòng HĐND và UBND huyện: CVP, các PCVP,
                các bộ phận chuyên môn, Cổng TTĐT,
                - Lưu: VT, VP.""");
        assertThat(errorsAndWarnings(text)).extracting(Finding::ruleId, f -> f.location().line())
                .containsExactly(tuple("RCP_LIST_PUNCTUATION", 16));
    }

    @Test
    void anAddresseeWrappedOverTwoLinesIsOneEntry() {
        String text = REPORT.replace("Thực hiện Công văn", """
                Kính gửi:
                - Ủy ban nhân dân huyện Yên Khánh;
                - Phòng Nông nghiệp và Phát triển nông thôn,
                huyện Yên Khánh.

                Thực hiện Công văn""");
        assertThat(errorsAndWarnings(text)).isEmpty();
    }

    @Test
    void aMottoWhoseHyphensWereLostIsADashWarningNotCapitals() {
        String text = REPORT.replace("Độc lập - Tự do - Hạnh phúc", "Độc lập  Tự do  Hạnh phúc");
        assertThat(errorsAndWarnings(text)).extracting(Finding::ruleId, Finding::severity, f -> f.location().line())
                .containsExactly(tuple("FMT_NATIONAL_TITLE_MISSING", Severity.WARNING, 2));
    }

    @Test
    void aMottoWithCapitalsOnEveryWordIsStillAnError() {
        String text = REPORT.replace("Độc lập - Tự do - Hạnh phúc", "Độc Lập - Tự Do - Hạnh Phúc");
        assertThat(errorsAndWarnings(text)).extracting(Finding::ruleId, Finding::severity, f -> f.location().line())
                .containsExactly(tuple("FMT_NATIONAL_TITLE_MISSING", Severity.ERROR, 2));
    }
}
