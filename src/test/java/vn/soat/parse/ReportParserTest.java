package vn.soat.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.soat.extract.ExtractionException;
import vn.soat.extract.TextExtractor;
import vn.soat.ingest.DocumentFormat;
import vn.soat.model.Heading;
import vn.soat.model.IssuerKind;
import vn.soat.model.ReportModel;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.text.VietText;

class ReportParserTest {

    private static final ReportParser PARSER = ReportParser.load(RuleFiles.in(Path.of("rules")));

    private static ReportModel parse(String text) throws ExtractionException {
        return PARSER.parse(TextExtractor.extract(DocumentFormat.TXT, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String HEADER = """
            UBND HUYỆN ĐỊNH HÓA                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            ỦY BAN NHÂN DÂN XÃ BỘC NHIÊU            Độc lập - Tự do - Hạnh phúc
            Số: 05/BC-UBND                          Bộc Nhiêu, ngày 20 tháng 11 năm 2024

            BÁO CÁO
            Kết quả công tác đối ngoại năm 2024, phương hướng, nhiệm vụ năm 2025

            Thực hiện Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa về việc báo cáo công tác đối ngoại, UBND xã báo cáo như sau:
            """;

    @Test
    void sideBySideHeaderIsReadColumnByColumn() throws ExtractionException {
        ReportModel model = parse(HEADER);
        assertThat(model.issuer()).hasValueSatisfying(i -> {
            assertThat(i.name()).isEqualTo("ỦY BAN NHÂN DÂN XÃ BỘC NHIÊU");
            assertThat(i.kind()).isEqualTo(IssuerKind.COLLECTIVE);
        });
        assertThat(model.nationalName()).hasValueSatisfying(n -> assertThat(n.correct()).isTrue());
        assertThat(model.nationalMotto()).hasValueSatisfying(m -> assertThat(m.spacedHyphens()).isTrue());
        assertThat(model.number()).hasValueSatisfying(n -> {
            assertThat(n.number()).isEqualTo("05");
            assertThat(n.symbol()).isEqualTo("BC-UBND");
            assertThat(n.wellFormed()).isTrue();
            assertThat(n.typeCodeIs("BC")).isTrue();
        });
        assertThat(model.date()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("Bộc Nhiêu");
            assertThat(d.valid()).isTrue();
            assertThat(d.styleProblem()).isEmpty();
        });
        assertThat(model.title().summary()).startsWith("Kết quả công tác đối ngoại năm 2024");
    }

    @Test
    void headerColumnsGluedTogetherByPdfAreCutApart() throws ExtractionException {
        ReportModel model = parse("""
                UBND HUYỆN ĐỊNH HÓA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH Độc lập - Tự do - Hạnh phúc
                Số: 52/BC-UBND Phú Đình, ngày 25 tháng 11 năm 2024
                BÁO CÁO
                Kết quả công tác đối ngoại năm 2024
                """);
        assertThat(model.issuer()).hasValueSatisfying(i -> assertThat(i.name()).isEqualTo("ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH"));
        assertThat(model.nationalName()).hasValueSatisfying(n -> assertThat(n.correct()).isTrue());
        assertThat(model.nationalMotto()).hasValueSatisfying(m -> assertThat(m.correct()).isTrue());
        assertThat(model.number()).hasValueSatisfying(n -> {
            assertThat(n.number()).isEqualTo("52");
            assertThat(n.symbol()).isEqualTo("BC-UBND");
        });
        assertThat(model.date()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("Phú Đình"));
    }

    @Test
    void requestCitationNamesItsIssuerAsRequester() throws ExtractionException {
        ReportModel model = parse(HEADER);
        assertThat(model.request()).hasValueSatisfying(r -> {
            assertThat(r.citation().numberSymbol()).isEqualTo("7253/UBND-VP");
            assertThat(r.citation().dateText()).isEqualTo("08/11/2024");
            assertThat(r.requester()).isEqualTo("UBND huyện Định Hóa");
        });
    }

    @Test
    void blankNumberWithSpacesIsBlankNotMalformed() throws ExtractionException {
        ReportModel model = parse("Số:      /BC-UBND\n\nBÁO CÁO\nKết quả\n");
        assertThat(model.number()).hasValueSatisfying(n -> {
            assertThat(n.isBlank()).isTrue();
            assertThat(n.wellFormed()).isTrue();
        });
    }

    @Test
    void leadingZeroSlipsAreNamed() throws ExtractionException {
        ReportModel model = parse("Hà Nội, ngày 5 tháng 06 năm 2023\n\nBÁO CÁO\nKết quả\n");
        assertThat(model.date()).hasValueSatisfying(d -> assertThat(d.styleProblem())
                .isEqualTo("ngày 5 → ngày 05; tháng 06 → tháng 6"));
    }

    @Test
    void oneWrongRomanNumeralGivesOneBreakNotTwo() throws ExtractionException {
        ReportModel model = parse("BÁO CÁO\nKết quả\n\nI. A\nII. B\nIII. C\nVI. D\nV. E\n");
        assertThat(model.headings()).filteredOn(h -> !h.isInSequence()).extracting(Heading::label).containsExactly("VI");
    }

    @Test
    void arabicNumberingRestartsUnderEachRomanHeading() throws ExtractionException {
        ReportModel model = parse("BÁO CÁO\nKết quả\n\nI. A\n1. Một\n2. Hai\nII. B\n1. Một\n2. Hai\n");
        assertThat(model.headings()).allMatch(Heading::isInSequence);
        assertThat(model.headings().get(5).location().section()).isEqualTo("II.2");
    }

    @Test
    void lettersMayLeaveOutDStroke() throws ExtractionException {
        ReportModel model = parse("BÁO CÁO\nKết quả\n\nI. A\n1. Một\na) x\nb) x\nc) x\nd) x\ne) x\n");
        assertThat(model.headings()).allMatch(Heading::isInSequence);
    }

    @Test
    void interleavedClosingColumnsAreSeparated() throws ExtractionException {
        ReportModel model = parse("""
                BÁO CÁO
                Kết quả

                I. A
                Nội dung./.
                Nơi nhận:                                 TM. ỦY BAN NHÂN DÂN
                - Sở Ngoại vụ (b/c);                      KT. CHỦ TỊCH
                - Lưu: VT, VP.                            PHÓ CHỦ TỊCH

                                                          Nguyễn Văn An
                """);
        assertThat(model.recipients()).hasValueSatisfying(r -> {
            assertThat(r.lines()).containsExactly("Sở Ngoại vụ (b/c);", "Lưu: VT, VP.");
            assertThat(r.archiveHasVt()).isTrue();
        });
        assertThat(model.signature()).hasValueSatisfying(s -> {
            assertThat(s.authorityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
            assertThat(s.signer()).isEqualTo("Nguyễn Văn An");
            assertThat(s.deputyOfKtTitle()).isTrue();
        });
    }

    @Test
    void titleGluedToTheNameIsCutWhereTheCapitalsEnd() throws ExtractionException {
        ReportModel model = parse("VĂN PHÒNG CHÍNH PHỦ\nBÁO CÁO\nKết quả\n\nI. A\nNội dung./.\n"
                + "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆMNguyễn Văn A\n");
        assertThat(model.signature()).hasValueSatisfying(s -> {
            assertThat(s.authorityLines()).containsExactly("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM");
            assertThat(s.signer()).isEqualTo("Nguyễn Văn A");
            assertThat(s.deputyOfKtTitle()).isTrue();
        });
    }

    @Test
    void signatureFollowedByAnnexTablesIsStillTheSignature() throws ExtractionException {
        StringBuilder annex = new StringBuilder("PHỤ LỤC\nBiểu 01\n");
        for (int i = 1; i <= 100; i++) {
            annex.append(i).append("\tĐoàn Nhật Bản\t19\n");
        }
        ReportModel model = parse("SỞ NGOẠI VỤ\nBÁO CÁO\nKết quả\n\nI. A\nNội dung./.\nNơi nhận:\n- Lưu: VT.\n"
                + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(đã ký)\n\nLê Thị Hà\n\n" + annex);
        assertThat(model.signature()).hasValueSatisfying(s -> {
            assertThat(s.signer()).isEqualTo("Lê Thị Hà");
            assertThat(s.location().line()).isEqualTo(9);
            assertThat(s.issuerKind()).isEqualTo(IssuerKind.HEAD_OF_AGENCY);
        });
    }

    @Test
    void markersAreReadWithOrWithoutTheirDot() throws ExtractionException {
        ReportModel model = parse("BỘ NGOẠI GIAO\nBÁO CÁO\nKết quả\n\nI. A\nNội dung./.\nKT BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A\n");
        assertThat(model.signature()).hasValueSatisfying(s -> {
            assertThat(s.hasKt()).isTrue();
            assertThat(s.markers()).singleElement().satisfies(m -> {
                assertThat(m.dotted()).isFalse();
                assertThat(m.location().line()).isEqualTo(7);
            });
        });
    }

    @Test
    void aRangeIsNeitherATotalNorAPart() throws ExtractionException {
        ReportModel model = parse("BÁO CÁO\nKết quả\n\nI. A\nDự kiến đón 10-15 đoàn, trong đó 12 đoàn từ Lào và 8 đoàn từ Thái Lan.\n");
        assertThat(model.numbers().breakdowns()).isEmpty();
    }

    @Test
    void requesterMatchingIsLenient() {
        assertThat(RequesterMatcher.anyMatches("Sở Thông tin và Truyền thông tỉnh Thanh Hóa", java.util.List.of("Sở TT&TT (b/c);"))).isTrue();
        assertThat(RequesterMatcher.anyMatches("UBND huyện Định Hoá", java.util.List.of("UBND huyện;"))).isTrue();
        assertThat(RequesterMatcher.anyMatches("Ủy ban nhân dân tỉnh", java.util.List.of("UBND tỉnh (để b/c);"))).isTrue();
        assertThat(RequesterMatcher.anyMatches("UBND tỉnh Thanh Hóa", java.util.List.of("UBND huyện (b/c);"))).isFalse();
        assertThat(RequesterMatcher.anyMatches("Sở Ngoại vụ", java.util.List.of("Ban Giám đốc Sở;", "Lưu: VT."))).isFalse();
    }

    @Test
    void oldAndNewTonePlacementCompareEqual() {
        assertThat(VietText.modernTones("CỘNG HOÀ")).isEqualTo("CỘNG HÒA");
        assertThat(VietText.modernTones("Thanh Hoá")).isEqualTo("Thanh Hóa");
        assertThat(VietText.modernTones("hoàn thành")).isEqualTo("hoàn thành");
        assertThat(VietText.fold("Đồng Hới")).isEqualTo("dong hoi");
    }
}
