package vn.soat.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.finding.Finding;

/**
 * Each case of the rules over reference data (CIT_SUPERSEDED, RCP_OBSOLETE_UNIT, FMT_PLACE_INVALID) on a short
 * document, asserted at its line. The header takes lines 1–9 (issuer lines first, the date line 6 when the issuer
 * has two lines), the opening line 11, the body lines 14, 15…; the Nơi nhận follows the body after a blank.
 */
class ReferenceRulesTest {

    private static final String LETTER = "Thực hiện Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND tỉnh Thái Nguyên về việc"
            + " báo cáo công tác đối ngoại, Sở Ngoại vụ báo cáo như sau:";

    private static String report(String issuer, String dateLine, String opening, List<String> body, List<String> recipients) {
        return issuer + "\n" + """
                Số: 52/BC-SNgV
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                %s

                BÁO CÁO
                Kết quả công tác đối ngoại

                %s

                I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI
                %s

                Nơi nhận:
                %s
                - Lưu: VT.
                """.formatted(dateLine, opening, String.join("\n", body), String.join("\n", recipients));
    }

    private static List<Integer> lines(String text, String ruleId) {
        return Fixtures.checkText(text).findings().stream().filter(f -> f.ruleId().equals(ruleId))
                .map(f -> f.location().line()).toList();
    }

    private static List<Finding> findings(String text, String ruleId) {
        return Fixtures.checkText(text).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static final String SO_THAI_NGUYEN = "UBND TỈNH THÁI NGUYÊN\nSỞ NGOẠI VỤ";
    private static final List<String> TO_PROVINCE = List.of("- UBND tỉnh Thái Nguyên (b/c);");

    private static String citing(String date, String... body) {
        return report(SO_THAI_NGUYEN, "Thái Nguyên, ngày " + date, LETTER, List.of(body), TO_PROVINCE);
    }

    // CIT_SUPERSEDED: a replaced document cited after its replacement took effect

    @Test
    void decreeOnRecordsCitedAfterDecree30TookEffectIsSuperseded() {
        String text = citing("25 tháng 11 năm 2024", "Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư, Sở đã lập hồ sơ.");
        assertThat(lines(text, "CIT_SUPERSEDED")).containsExactly(14);
        assertThat(findings(text, "CIT_SUPERSEDED").get(0).message()).contains("Nghị định 30/2020/NĐ-CP").contains("5/3/2020");
    }

    @Test
    void decreeOnRecordsCitedBeforeDecree30IsNotSuperseded() {
        assertThat(lines(citing("25 tháng 11 năm 2019", "Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư, Sở đã lập hồ sơ."),
                "CIT_SUPERSEDED")).isEmpty();
    }

    @Test
    void aSentenceSayingTheOldDecreeWasReplacedIsNotACitationOfIt() {
        assertThat(lines(citing("25 tháng 11 năm 2024", "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 đã thay thế Nghị định số 110/2004/NĐ-CP ngày 08/4/2004."),
                "CIT_SUPERSEDED")).isEmpty();
    }

    @Test
    void ordinanceOnInternationalAgreementsNamedWithoutNumberIsSuperseded() {
        assertThat(lines(citing("25 tháng 11 năm 2024", "Sở đã ký 02 thỏa thuận quốc tế theo Pháp lệnh ký kết và thực hiện thỏa thuận quốc tế."),
                "CIT_SUPERSEDED")).containsExactly(14);
    }

    @Test
    void ordinanceOnInternationalAgreementsNamedBeforeTheLawTookEffectIsNotSuperseded() {
        assertThat(lines(citing("25 tháng 11 năm 2020", "Sở đã ký 02 thỏa thuận quốc tế theo Pháp lệnh ký kết và thực hiện thỏa thuận quốc tế."),
                "CIT_SUPERSEDED")).isEmpty();
    }

    // RCP_OBSOLETE_UNIT: the issuer names a unit that no longer existed

    private static final String XA_OF_HUYEN = "UBND HUYỆN ĐỊNH HÓA\nỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH";

    @Test
    void aCommuneUnderADistrictAfterJuly2025NamesAUnitThatNoLongerExisted() {
        String text = report(XA_OF_HUYEN, "Phú Đình, ngày 25 tháng 11 năm 2025", LETTER, List.of("Xã đón 01 đoàn."), TO_PROVINCE);
        assertThat(lines(text, "RCP_OBSOLETE_UNIT")).containsExactly(1);
        assertThat(findings(text, "RCP_OBSOLETE_UNIT").get(0).message()).contains("UBND HUYỆN ĐỊNH HÓA").contains("30/6/2025");
    }

    @Test
    void aCommuneUnderADistrictBeforeJuly2025IsFine() {
        assertThat(lines(report(XA_OF_HUYEN, "Phú Đình, ngày 25 tháng 6 năm 2025", LETTER, List.of("Xã đón 01 đoàn."), TO_PROVINCE),
                "RCP_OBSOLETE_UNIT")).isEmpty();
    }

    @Test
    void aMergedProvinceAsIssuerAfterJuly2025NamesAUnitThatNoLongerExisted() {
        assertThat(lines(report("UBND TỈNH HẬU GIANG\nSỞ NGOẠI VỤ", "Hậu Giang, ngày 15 tháng 8 năm 2025", LETTER,
                List.of("Sở đón 01 đoàn."), TO_PROVINCE), "RCP_OBSOLETE_UNIT")).containsExactly(1);
    }

    @Test
    void aDepartmentMergedOnMarch2025IsObsoleteAsIssuerFromThen() {
        String issuer = "UBND TỈNH THÁI NGUYÊN\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG";
        assertThat(lines(report(issuer, "Thái Nguyên, ngày 10 tháng 3 năm 2025", LETTER, List.of("Sở đón 01 đoàn."), TO_PROVINCE),
                "RCP_OBSOLETE_UNIT")).containsExactly(1);
        assertThat(lines(report(issuer, "Thái Nguyên, ngày 20 tháng 02 năm 2025", LETTER, List.of("Sở đón 01 đoàn."), TO_PROVINCE),
                "RCP_OBSOLETE_UNIT")).isEmpty();
    }

    // RCP_OBSOLETE_UNIT: an addressee, recipient or requester no longer existed

    @Test
    void aMergedDepartmentAmongTheRecipientsIsAtItsLineAndItsSuccessorIsFine() {
        assertThat(lines(report(SO_THAI_NGUYEN, "Thái Nguyên, ngày 15 tháng 8 năm 2025", LETTER, List.of("Sở đón 01 đoàn."),
                List.of("- UBND tỉnh Thái Nguyên (b/c);", "- Sở TT&TT;", "- Sở Khoa học và Công nghệ;")), "RCP_OBSOLETE_UNIT"))
                .containsExactly(18);
    }

    @Test
    void aDistrictAmongTheRecipientsAfterJuly2025IsAtItsLine() {
        String text = report("ỦY BAN NHÂN DÂN\nXÃ PHÚ ĐÌNH", "Phú Đình, ngày 25 tháng 11 năm 2025", LETTER, List.of("Xã đón 01 đoàn."),
                List.of("- UBND tỉnh Thái Nguyên (b/c);", "- UBND các huyện, thị xã, thành phố;"));
        assertThat(lines(text, "RCP_OBSOLETE_UNIT")).containsExactly(18);
        assertThat(findings(text, "RCP_OBSOLETE_UNIT").get(0).message()).startsWith("Nơi nhận ghi \"UBND các huyện\"");
    }

    @Test
    void aRequesterThatWasADistrictIsNamedInTheOpening() {
        String opening = "Thực hiện Công văn số 7253/UBND-VP ngày 08/11/2025 của UBND huyện Định Hóa về việc báo cáo, UBND xã báo cáo như sau:";
        assertThat(lines(report("ỦY BAN NHÂN DÂN\nXÃ PHÚ ĐÌNH", "Phú Đình, ngày 25 tháng 11 năm 2025", opening, List.of("Xã đón 01 đoàn."),
                TO_PROVINCE), "RCP_OBSOLETE_UNIT")).containsExactly(11);
    }

    @Test
    void aMergedProvinceAmongTheRecipientsAfterJuly2025IsAtItsLine() {
        assertThat(lines(citing("15 tháng 8 năm 2025", "Sở đón 01 đoàn."), "RCP_OBSOLETE_UNIT")).isEmpty();
        assertThat(lines(report(SO_THAI_NGUYEN, "Thái Nguyên, ngày 15 tháng 8 năm 2025", LETTER, List.of("Sở đón 01 đoàn."),
                List.of("- UBND tỉnh Thái Nguyên (b/c);", "- Sở Ngoại vụ tỉnh Bắc Kạn;")), "RCP_OBSOLETE_UNIT")).containsExactly(18);
    }

    @Test
    void provinceLevelCitiesCurrentProvincesAndUnitsMarkedFormerAreFine() {
        assertThat(lines(report(SO_THAI_NGUYEN, "Thái Nguyên, ngày 15 tháng 8 năm 2025", LETTER, List.of("Sở đón 01 đoàn."),
                List.of("- UBND tỉnh Thái Nguyên (b/c);", "- UBND thành phố Hà Nội;", "- UBND thành phố;",
                        "- UBND tỉnh Bắc Kạn (cũ);")), "RCP_OBSOLETE_UNIT")).isEmpty();
    }

    // FMT_PLACE_INVALID: the place is another unit than the issuer's

    @Test
    void aProvincialBodyWritingItsCityIsReportedAtTheDateLine() {
        String text = report("UBND TỈNH HẬU GIANG\nSỞ NGOẠI VỤ", "Vị Thanh, ngày 10 tháng 3 năm 2025", LETTER, List.of("Sở đón 01 đoàn."), TO_PROVINCE);
        assertThat(lines(text, "FMT_PLACE_INVALID")).containsExactly(6);
        assertThat(findings(text, "FMT_PLACE_INVALID").get(0).message()).contains("thành phố Vị Thanh").contains("tỉnh Hậu Giang");
    }

    @Test
    void aProvincialBodyWritingItsProvinceIsFine() {
        assertThat(lines(report("UBND TỈNH HẬU GIANG\nSỞ NGOẠI VỤ", "Hậu Giang, ngày 10 tháng 3 năm 2025", LETTER, List.of("Sở đón 01 đoàn."),
                TO_PROVINCE), "FMT_PLACE_INVALID")).isEmpty();
    }

    @Test
    void aCommuneWritingItsDistrictIsReportedAndWritingItselfIsFine() {
        assertThat(lines(report(XA_OF_HUYEN, "Định Hóa, ngày 25 tháng 11 năm 2024", LETTER, List.of("Xã đón 01 đoàn."), TO_PROVINCE),
                "FMT_PLACE_INVALID")).containsExactly(6);
        assertThat(lines(report(XA_OF_HUYEN, "Phú Đình, ngày 25 tháng 11 năm 2024", LETTER, List.of("Xã đón 01 đoàn."), TO_PROVINCE),
                "FMT_PLACE_INVALID")).isEmpty();
    }

    @Test
    void aDistrictWhoseNameAPdfPutOnTheNextLineWritesItselfCorrectly() {
        String header = "UBND TỈNH THANH HÓA\nỦY BAN NHÂN DÂN HUYỆN\nYÊN ĐỊNH";
        assertThat(lines(report(header, "Yên Định, ngày 12 tháng 6 năm 2023", LETTER, List.of("Huyện đón 01 đoàn."), TO_PROVINCE),
                "FMT_PLACE_INVALID")).isEmpty();
        assertThat(lines(report(header, "Thanh Hóa, ngày 12 tháng 6 năm 2023", LETTER, List.of("Huyện đón 01 đoàn."), TO_PROVINCE),
                "FMT_PLACE_INVALID")).containsExactly(7);
    }

    @Test
    void centralBodiesOtherNamesOfTheSameProvinceAndUnknownPlacesAreNotJudged() {
        assertThat(lines(report("BỘ NGOẠI GIAO\nCỤC LÃNH SỰ", "Hà Nội, ngày 10 tháng 3 năm 2025", LETTER, List.of("Cục cấp 01 hộ chiếu."),
                TO_PROVINCE), "FMT_PLACE_INVALID")).isEmpty();
        assertThat(lines(report("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "TP. Hồ Chí Minh, ngày 10 tháng 3 năm 2025", LETTER,
                List.of("Thành phố đón 01 đoàn."), TO_PROVINCE), "FMT_PLACE_INVALID")).isEmpty();
        assertThat(lines(report(XA_OF_HUYEN, "Chợ Chu, ngày 25 tháng 11 năm 2024", LETTER, List.of("Xã đón 01 đoàn."), TO_PROVINCE),
                "FMT_PLACE_INVALID")).isEmpty();
    }
}
