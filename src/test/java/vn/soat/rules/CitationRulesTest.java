package vn.soat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;

/**
 * Each case of the citation rules on a short report, asserted at its line: the opening is line 11,
 * the body lines 14, 15, 16….
 */
class CitationRulesTest {

    private static final String LETTER = "Thực hiện Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa về việc"
            + " báo cáo công tác đối ngoại năm 2024, UBND xã Phú Đình báo cáo như sau:";

    private static String report(String opening, String... body) {
        return vn.soat.SmallReport.HEADER + """
                %s

                I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI
                %s

                Nơi nhận:
                - UBND huyện Định Hóa (b/c);
                - Lưu: VT.
                """.formatted(opening, String.join("\n", body));
    }

    private static List<Integer> lines(String text, String ruleId) {
        return Fixtures.checkText(text).findings().stream().filter(f -> f.ruleId().equals(ruleId))
                .map(f -> f.location().line()).toList();
    }

    private static List<Integer> body(String ruleId, String... body) {
        return lines(report(LETTER, body), ruleId);
    }

    // CIT_INCONSISTENT: one document cited with two numbers

    @Test
    void transposedNumbersOfOneDecisionAreOneDocumentCitedTwoWays() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện Quyết định số 1879/2013/QĐ-UBND ngày 05/6/2013 của UBND tỉnh.",
                "Theo Quyết định số 1789/2013/QĐ-UBND ngày 05/6/2013 của UBND tỉnh Thái Nguyên, xã đăng tải 36 tin.")).containsExactly(15);
    }

    @Test
    void transposedNumbersWithTheSameSubjectAreOneDocument() {
        assertThat(body("CIT_INCONSISTENT",
                "Ngày 05/6/2013, UBND tỉnh đã ra Quyết định số 1879/2013/QĐ-UBND về việc Phê duyệt và ban hành Quy chế quản lý nhà nước về thông tin đối ngoại.",
                "Thực hiện Quyết định số 1789/2013/QĐ-UBND ngày 05/6/2013 của UBND tỉnh về việc phê duyệt và ban hành quy chế quản lý nhà nước về thông tin đối ngoại.")).containsExactly(15);
    }

    @Test
    void decisionsListedTogetherAreDifferentDocumentsWhereverCited() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện các Quyết định số 1053/QĐ-UBND, 1054/QĐ-UBND, 1055/QĐ-UBND ngày 30/8/2024 của UBND tỉnh.",
                "Theo Quyết định số 1054/QĐ-UBND ngày 30/8/2024 của UBND tỉnh, xã cử 02 cán bộ.")).isEmpty();
    }

    @Test
    void decisionsListedTogetherWithoutDateAreDifferentDocumentsWhenDatedLater() {
        assertThat(body("CIT_INCONSISTENT",
                "Xã đã triển khai các Quyết định số 1053/QĐ-UBND và 1054/QĐ-UBND của UBND tỉnh.",
                "Theo Quyết định số 1053/QĐ-UBND ngày 30/8/2024, xã cử 02 cán bộ.",
                "Theo Quyết định số 1054/QĐ-UBND ngày 30/8/2024, xã cử 03 cán bộ.")).isEmpty();
    }

    @Test
    void numbersSharingOneSymbolAreDifferentDocuments() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện Quyết định số 1053, 1054 và 1055/QĐ-UBND ngày 30/8/2024 của UBND tỉnh.",
                "Theo Quyết định số 1055/QĐ-UBND ngày 30/8/2024, xã cử 02 cán bộ.")).isEmpty();
    }

    @Test
    void decisionsNamedOneAfterAnotherAreDifferentDocuments() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện Quyết định số 1053/QĐ-UBND ngày 30/8/2024, Quyết định số 1054/QĐ-UBND ngày 30/8/2024 của UBND tỉnh.")).isEmpty();
    }

    @Test
    void decisionsAboutDifferentSubjectsAreDifferentDocuments() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện Quyết định số 1053/QĐ-UBND ngày 30/8/2024 của UBND tỉnh về việc thành lập đoàn công tác đi Lào.",
                "Thực hiện Quyết định số 1054/QĐ-UBND ngày 30/8/2024 của UBND tỉnh về việc cử cán bộ đi học tại Nhật Bản.")).isEmpty();
    }

    @Test
    void decisionsWhoseSubjectsDifferByOneWordAreDifferentDocuments() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện Quyết định số 1053/QĐ-UBND ngày 30/8/2024 của UBND tỉnh về việc cử cán bộ đi công tác tại Lào.",
                "Thực hiện Quyết định số 1054/QĐ-UBND ngày 30/8/2024 của UBND tỉnh về việc cử cán bộ đi công tác tại Campuchia.")).isEmpty();
    }

    @Test
    void decisionsOfDifferentIssuersAreDifferentDocuments() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện Quyết định số 1053/QĐ-UBND ngày 30/8/2024 của UBND tỉnh.",
                "Thực hiện Quyết định số 1035/QĐ-UBND ngày 30/8/2024 của UBND huyện.")).isEmpty();
    }

    @Test
    void unlikeNumbersOfOneDayAreDifferentDocuments() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện Quyết định số 245/QĐ-UBND ngày 05/6/2013 của UBND tỉnh.",
                "Thực hiện Quyết định số 311/QĐ-UBND ngày 05/6/2013 của UBND tỉnh.")).isEmpty();
    }

    @Test
    void numbersWithTheirYearSignedTheSameDayAreDifferentDocuments() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện Quyết định số 30/2023/QĐ-TTg ngày 21 tháng 12 năm 2023 của Thủ tướng Chính phủ quy định chức năng, nhiệm vụ của Ủy ban A.",
                "Thực hiện Quyết định số 31/2023/QĐ-TTg ngày 21 tháng 12 năm 2023 của Thủ tướng Chính phủ quy định chức năng, nhiệm vụ của Ủy ban B.")).isEmpty();
    }

    @Test
    void plainNumbersOneDigitApartWithoutATitleAreDifferentDocuments() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện Quyết định số 1053/QĐ-UBND ngày 30/8/2024 của UBND tỉnh, xã cử 02 cán bộ.",
                "Thực hiện Quyết định số 1058/QĐ-UBND ngày 30/8/2024 của UBND tỉnh, xã cử 03 cán bộ.")).isEmpty();
    }

    @Test
    void plainNumbersOneDigitApartUnderTheSameTitleAreOneDocument() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện Quyết định số 1053/QĐ-UBND ngày 30/8/2024 của UBND tỉnh về việc thành lập đoàn công tác đi Lào.",
                "Theo Quyết định số 1058/QĐ-UBND ngày 30/8/2024 của UBND tỉnh về việc thành lập đoàn công tác đi Lào.")).containsExactly(15);
    }

    // CIT_INCONSISTENT: one document cited with two dates

    @Test
    void oneDecreeWithTwoDatesIsReportedAtTheSecond() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ.",
                "Theo Nghị định số 72/2015/NĐ-CP ngày 17/9/2015, xã đăng tải 36 tin.")).containsExactly(15);
    }

    @Test
    void aSecondDateAfterTheReportIsOneFindingNotTwo() {
        String text = report(LETTER, "Thực hiện Kế hoạch số 88/KH-UBND ngày 20/6/2024 của UBND huyện.",
                "Theo Kế hoạch số 88/KH-UBND ngày 30/11/2024, xã tổ chức 04 hoạt động.");
        assertThat(lines(text, "CIT_DATE_INVALID")).containsExactly(15);
        assertThat(lines(text, "CIT_INCONSISTENT")).isEmpty();
    }

    @Test
    void numbersWithoutYearRestartEachYear() {
        assertThat(body("CIT_INCONSISTENT",
                "Thực hiện Kế hoạch số 01/KH-UBND ngày 05/01/2023 của UBND huyện.",
                "Thực hiện Kế hoạch số 01/KH-UBND ngày 04/01/2024 của UBND huyện.")).isEmpty();
    }

    // One document, one finding

    @Test
    void impossibleDateOfAPlanMentionedTwiceIsReportedOnce() {
        assertThat(body("CIT_DATE_INVALID",
                "Thực hiện Kế hoạch số 88/KH-UBND ngày 31/6/2023 của UBND huyện.",
                "Theo Kế hoạch số 88/KH-UBND ngày 31/06/2023, xã tổ chức 04 hoạt động.")).containsExactly(14);
    }

    @Test
    void planDatedAfterTheReportIsReportedOnceWhateverTheLaterMentionsOmit() {
        assertThat(body("CIT_DATE_INVALID",
                "Thực hiện Kế hoạch số 188/KH-UBND ngày 30/11/2024 của UBND huyện.",
                "Theo Kế hoạch số 188/KH-UBND, xã tổ chức 04 hoạt động.",
                "Kế hoạch số 188/KH-UBND ngày 30/11/2024 đã được triển khai.")).containsExactly(14);
    }

    @Test
    void yearMismatchMentionedTwiceIsReportedOnce() {
        assertThat(body("CIT_YEAR_MISMATCH",
                "Thực hiện Nghị định số 72/2015/NĐ-CP ngày 07/9/2016 của Chính phủ.",
                "Theo Nghị định số 72/2015/NĐ-CP ngày 07/9/2016, xã đăng tải 36 tin.")).containsExactly(14);
    }

    @Test
    void malformedPartySymbolMentionedTwiceIsReportedOnce() {
        assertThat(body("CIT_MALFORMED",
                "Thực hiện Nghị quyết số 22/NQ-TW ngày 10/4/2018 của Bộ Chính trị.",
                "Theo Nghị quyết số 22/NQ-TW, xã tổ chức 04 hoạt động.")).containsExactly(14);
    }

    @Test
    void anImpossibleDateWrittenOnceForAListIsReportedOnce() {
        String text = report(LETTER, "Thực hiện Quyết định số 1053/QĐ-UBND, 1054/QĐ-UBND ngày 31/6/2024 của UBND tỉnh.");
        assertThat(lines(text, "CIT_DATE_INVALID")).containsExactly(14);
        assertThat(lines(text, "FMT_DATE_INVALID")).isEmpty();
    }

    @Test
    void aDateWrittenAfterTheLastDecreeOfAListIsNotTheFirstOnes() {
        assertThat(body("CIT_YEAR_MISMATCH",
                "Thực hiện Nghị định số 72/2015/NĐ-CP, 28/2021/NĐ-CP ngày 26/3/2021 của Chính phủ.")).isEmpty();
    }

    @Test
    void aSecondDateForTheSameDocumentIsJudgedOnItsOwn() {
        assertThat(body("CIT_DATE_INVALID",
                "Thực hiện Kế hoạch số 88/KH-UBND ngày 30/6/2023 của UBND huyện.",
                "Theo Kế hoạch số 88/KH-UBND ngày 31/6/2023, xã tổ chức 04 hoạt động.")).containsExactly(15);
    }

    // CIT_MALFORMED: the grammar of every kind

    @Test
    void everyStateAndPartyFormIsValid() {
        assertThat(body("CIT_MALFORMED",
                "Thực hiện Quyết định số 15/2010/QĐ-UBND ngày 20/5/2010 của UBND tỉnh, Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ.",
                "Thực hiện Thông tư số 03/2025/TT-BNG ngày 12/3/2025, Luật số 70/2020/QH14 ngày 13/11/2020.",
                "Thực hiện Thông tư liên tịch số 02/2009/TTLT-BNG-BNV ngày 27/5/2009.",
                "Thực hiện Công văn số 2592/VPCP-QHQT ngày 05/4/2024, Công văn số 559/SNgV-HTQT ngày 13/5/2024.",
                "Thực hiện Văn bản số 1234/UBND-VX ngày 02/3/2024, Công văn số 45/SNV-TCBC ngày 04/3/2024, Công văn số 120/STTTT-TTBCXB ngày 05/3/2024.",
                "Thực hiện Nghị quyết số 22-NQ/TW ngày 10/4/2018, Báo cáo số 15-BC/HU ngày 02/3/2024, Quyết định số 206-QĐ/TU ngày 05/3/2024.",
                "Thực hiện Công văn số 88/UBND-KT&HT ngày 06/3/2024 và Công văn số 56/SLĐTBXH-VP ngày 07/3/2024.")).isEmpty();
    }

    @Test
    void partyDocumentInStateFormIsMalformedAtItsLine() {
        assertThat(body("CIT_MALFORMED",
                "Xã đăng tải 36 tin.",
                "Thực hiện Chỉ thị số 15/CT-TW ngày 10/8/2022 của Ban Bí thư.")).containsExactly(15);
    }

    @Test
    void decreeWithoutYearIsMalformedAtItsLine() {
        assertThat(body("CIT_MALFORMED", "Thực hiện Nghị định số 72/NĐ-CP ngày 07/9/2015 của Chính phủ.")).containsExactly(14);
    }

    @Test
    void aSpaceInsideTheSymbolIsMalformedWithTheRightForm() {
        String text = report(LETTER, "Xã đăng tải 36 tin.", "Thực hiện Nghị định số 32/2020/NĐ- CP ngày 05/3/2020 của Chính phủ.");
        assertThat(lines(text, "CIT_MALFORMED")).containsExactly(15);
        assertThat(Fixtures.checkText(text).findings().stream().filter(f -> f.ruleId().equals("CIT_MALFORMED")))
                .allSatisfy(f -> assertThat(f.message()).contains("viết đúng là 32/2020/NĐ-CP"));
    }

    @Test
    void symbolsThatLostTheirHyphenAreMalformedAtTheirLines() {
        assertThat(body("CIT_MALFORMED",
                "Căn cứ Nghị định số 61/2018/NĐCP ngày 23/4/2018 của Chính phủ;",
                "Căn cứ Thông tư số 01/2018/TTVPCP ngày 23/11/2018 của Văn phòng Chính phủ;",
                "Căn cứ Quyết định số 2468/QĐUBND ngày 02/11/2018 của Ủy ban nhân dân tỉnh;",
                "Căn cứ Nghị quyết số 30c/NQCP ngày 08/11/2011 của Chính phủ;",
                "Căn cứ Công văn số 285/CCTTHC ngày 02/3/2024, Công văn số 12/TTCP ngày 03/3/2024, Quyết định số 45/2006/QĐ-TTG ngày 01/3/2006.",
                "Căn cứ Nghị quyết số 22-NQ/TW ngày 10/4/2018, Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ.")).containsExactly(14, 15, 16, 17);
    }

    // CIT_REQUEST_MISSING: the ways a report opens

    @Test
    void everyRealWayOfCitingTheRequestIsACitation() {
        List<String> openings = List.of(
                LETTER,
                "Thực hiện văn bản số 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa, UBND xã Phú Đình báo cáo như sau:",
                "Căn cứ Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa, UBND xã Phú Đình báo cáo như sau:",
                "Theo đề nghị của UBND huyện Định Hóa tại Công văn số 7253/UBND-VP ngày 08/11/2024, UBND xã báo cáo như sau:",
                "Thực hiện chỉ đạo của UBND tỉnh tại Văn bản số 6719/UBND-TH ngày 08/11/2024 về việc báo cáo công tác đối ngoại, UBND xã báo cáo như sau:",
                "Thực hiện yêu cầu của Sở Ngoại vụ tại Công văn số 559/SNgV-HTQT ngày 13/5/2024, UBND xã báo cáo như sau:",
                "Triển khai Kế hoạch số 778/KH-UBND ngày 20/3/2024 của UBND huyện Định Hóa, UBND xã báo cáo kết quả như sau:",
                "Theo Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa, UBND xã báo cáo như sau:",
                "Phúc đáp Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa, UBND xã báo cáo như sau:",
                "Thực hiện Công văn số 7253/UBND-VP ngày 08 tháng 11 năm 2024 của UBND huyện Định Hóa, UBND xã báo cáo như sau:",
                "Năm 2024, công tác đối ngoại của xã được quan tâm. Thực hiện Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa, UBND xã báo cáo như sau:",
                "Thực hiện Công văn số 7253 /UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa, UBND xã báo cáo như sau:",
                "Trên cơ sở Công văn số: 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa, UBND xã báo cáo như sau:",
                "UBND xã Phú Đình nhận được Công văn 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa V/v báo cáo công tác đối ngoại. UBND xã báo cáo như sau:",
                "Thực hiện Thông báo số 45/TB-UBND ngày 08/11/2024 của UBND huyện Định Hóa, UBND xã báo cáo như sau:",
                "Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ; thực hiện Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa, UBND xã báo cáo như sau:",
                "Thực hiện Quyết định số 15/2019/QĐ-UBND ngày 20/5/2019 của UBND tỉnh về chế độ báo cáo định kỳ, UBND xã báo cáo như sau:");
        for (String opening : openings) {
            assertThat(lines(report(opening, "Xã đăng tải 36 tin."), "CIT_REQUEST_MISSING")).as(opening).isEmpty();
        }
    }

    @Test
    void theRequesterIsTheLetterWriterNotTheGovernmentCitedAsBasis() {
        String basisThenLetter = "Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ; thực hiện Công văn số"
                + " 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa, UBND xã báo cáo như sau:";
        assertThat(lines(report(basisThenLetter, "Xã đăng tải 36 tin."), "RCP_REQUESTER_MISSING")).isEmpty();
        String otherRequester = "Thực hiện yêu cầu của Sở Ngoại vụ tại Công văn số 559/SNgV-HTQT ngày 13/5/2024, UBND xã báo cáo như sau:";
        assertThat(lines(report(otherRequester, "Xã đăng tải 36 tin."), "RCP_REQUESTER_MISSING")).isNotEmpty();
    }

    @Test
    void aStandingReportingDutyIsABasis() {
        assertThat(lines(report("Thực hiện chế độ báo cáo định kỳ, UBND xã Phú Đình báo cáo kết quả công tác đối ngoại năm 2024 như sau:",
                "Xã đăng tải 36 tin."), "CIT_REQUEST_MISSING")).isEmpty();
    }

    @Test
    void anOpeningThatCitesNothingIsReportedAtTheTop() {
        assertThat(lines(report("Năm 2024, công tác đối ngoại của xã tiếp tục được quan tâm; UBND xã Phú Đình báo cáo như sau:",
                "Xã đăng tải 36 tin."), "CIT_REQUEST_MISSING")).containsExactly(1);
    }

    @Test
    void aBodyCitationIsNotARequest() {
        assertThat(lines(report("UBND xã Phú Đình báo cáo kết quả công tác đối ngoại năm 2024 như sau:",
                "Thực hiện Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND huyện, xã đăng tải 36 tin."), "CIT_REQUEST_MISSING"))
                .containsExactly(1);
    }
}
