package vn.soat.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.soat.extract.ExtractionException;
import vn.soat.extract.TextExtractor;
import vn.soat.ingest.DocumentFormat;
import vn.soat.model.Citation;
import vn.soat.model.ReportModel;
import vn.soat.rulesdir.RuleFiles;

class CitationScannerTest {

    private static final ReportParser PARSER = ReportParser.load(RuleFiles.in(Path.of("rules")));

    private static ReportModel parse(String body) throws ExtractionException {
        String text = "BÁO CÁO\nKết quả công tác đối ngoại\n\n" + body + "\n\nI. KẾT QUẢ\nNội dung.\n";
        return PARSER.parse(TextExtractor.extract(DocumentFormat.TXT, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Citation> citations(String body) throws ExtractionException {
        return parse(body).citations();
    }

    @Test
    void numbersListedTogetherShareTheDateWrittenAfterThem() throws ExtractionException {
        List<Citation> cited = citations("Thực hiện Quyết định số 1053/QĐ-UBND, 1054/QĐ-UBND và số 1055/QĐ-UBND ngày 30/8/2025 của UBND tỉnh về việc cử cán bộ.");
        assertThat(cited).extracting(Citation::numberSymbol).containsExactly("1053/QĐ-UBND", "1054/QĐ-UBND", "1055/QĐ-UBND");
        assertThat(cited).extracting(Citation::dateText).containsOnly("30/8/2025");
        assertThat(cited).extracting(Citation::issuer).containsOnly("UBND tỉnh");
        assertThat(cited).extracting(Citation::subject).containsOnly("cử cán bộ");
        assertThat(cited).extracting(Citation::listedWith).doesNotContain(0).containsOnly(cited.get(0).listedWith());
    }

    @Test
    void eachListedNumberKeepsItsOwnDate() throws ExtractionException {
        List<Citation> cited = citations("Thực hiện Kế hoạch số 12/KH-UBND ngày 03/02/2025, 15/KH-UBND ngày 10/02/2025 của UBND tỉnh.");
        assertThat(cited).extracting(Citation::dateText).containsExactly("03/02/2025", "10/02/2025");
    }

    @Test
    void bareNumbersTakeTheSymbolThatFollowsThem() throws ExtractionException {
        assertThat(citations("Thực hiện Quyết định số 1053, 1054 và 1055/QĐ-UBND ngày 30/8/2025."))
                .extracting(Citation::numberSymbol).containsExactly("1053/QĐ-UBND", "1054/QĐ-UBND", "1055/QĐ-UBND");
    }

    @Test
    void aCitationAloneIsNotListed() throws ExtractionException {
        assertThat(citations("Thực hiện Quyết định số 1053/QĐ-UBND ngày 30/8/2025 về việc A; Kế hoạch số 12/KH-UBND ngày 02/9/2025."))
                .extracting(Citation::listedWith).containsOnly(0);
    }

    @Test
    void aSpaceTypedBesideTheSlashIsNotPartOfTheSymbol() throws ExtractionException {
        assertThat(citations("Thực hiện Công văn số 7253 /UBND-VP ngày 08/11/2024 của UBND huyện."))
                .extracting(Citation::numberSymbol).containsExactly("7253/UBND-VP");
    }

    @Test
    void laterMentionsAreMarked() throws ExtractionException {
        List<Citation> cited = citations("Thực hiện Kế hoạch số 88/KH-UBND ngày 31/6/2023. Theo Kế hoạch số 88/KH-UBND, "
                + "Kế hoạch số 088/KH-UBND ngày 31/06/2023 và Kế hoạch số 88/KH-UBND ngày 30/6/2023.");
        assertThat(cited).extracting(Citation::firstMention).containsExactly(true, false, false, false);
        assertThat(cited).extracting(Citation::restated).containsExactly(false, true, true, false);
    }

    @Test
    void theRequestIsALetterRatherThanTheDecreeCitedAsBasis() throws ExtractionException {
        ReportModel model = parse("Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ; thực hiện Công văn số "
                + "559/SNgV-HTQT ngày 13/5/2024 của Sở Ngoại vụ, UBND xã báo cáo như sau:");
        assertThat(model.request()).hasValueSatisfying(r -> {
            assertThat(r.citation().numberSymbol()).isEqualTo("559/SNgV-HTQT");
            assertThat(r.requester()).isEqualTo("Sở Ngoại vụ");
            assertThat(r.standingDuty()).isFalse();
        });
    }

    @Test
    void aStandingDutyIsTheBasisWhenNoLetterIsCited() throws ExtractionException {
        ReportModel model = parse("Thực hiện chế độ báo cáo định kỳ, UBND xã báo cáo như sau:");
        assertThat(model.request()).hasValueSatisfying(r -> {
            assertThat(r.standingDuty()).isTrue();
            assertThat(r.requester()).isEmpty();
            assertThat(r.isDated()).isFalse();
            assertThat(r.location().line()).isEqualTo(4);
        });
    }

    @Test
    void aDecisionSettingTheDutyIsABasisWithNoRequesterToDeliverTo() throws ExtractionException {
        ReportModel model = parse("Thực hiện Quyết định số 15/2019/QĐ-UBND ngày 20/5/2019 của UBND tỉnh về chế độ báo cáo định kỳ, UBND xã báo cáo như sau:");
        assertThat(model.request()).hasValueSatisfying(r -> {
            assertThat(r.standingDuty()).isTrue();
            assertThat(r.citation().numberSymbol()).isEqualTo("15/2019/QĐ-UBND");
            assertThat(r.requester()).isEmpty();
        });
    }

    @Test
    void theIssuerEndsWhereTheNextClauseBeginsWhateverItsCase() throws ExtractionException {
        assertThat(citations("Xã thực hiện Kế hoạch số 47/KH-UBND ngày 22/02/2023 của UBND huyện Định Hóa Thực hiện Đề án 06."))
                .extracting(Citation::issuer).containsExactly("UBND huyện Định Hóa");
        assertThat(citations("Theo Thông báo số 53/TB-VPCP ngày 02/3/2010 của Văn phòng Chính phủ - xin gửi bản chụp kèm theo."))
                .extracting(Citation::issuer).containsExactly("Văn phòng Chính phủ");
        assertThat(citations("Thực hiện Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh và Xã hội hướng dẫn giám sát."))
                .extracting(Citation::issuer).containsExactly("Bộ Lao động - Thương binh và Xã hội");
    }

    @Test
    void aSubjectEndsWhereTheNextCitationBegins() throws ExtractionException {
        assertThat(citations("Thực hiện Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế, Chỉ thị số 32-CT/TW ngày 18/02/2019 của Bộ Chính trị về đối ngoại Đảng."))
                .extracting(Citation::subject).containsExactly("hội nhập quốc tế", "đối ngoại Đảng");
    }

    @Test
    void aWordGluedToTheSymbolIsNotPartOfIt() throws ExtractionException {
        assertThat(citations("Xét đề nghị tại Công văn số 1033/PTM-SMENgày 12/5/2009 của Bộ Công Thương."))
                .extracting(Citation::numberSymbol).containsExactly("1033/PTM-SME");
    }
}
