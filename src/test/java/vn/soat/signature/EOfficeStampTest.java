package vn.soat.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.check.CheckResult;
import vn.soat.extract.ExtractedDocument;
import vn.soat.extract.ExtractionException;
import vn.soat.extract.SourceLine;
import vn.soat.extract.TextExtractor;
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.Submission;

/**
 * The e-office flow: the leader signs (the visible signature prints the name), then the văn thư's
 * e-seal stamps the number and the day into the header blanks. The report then reads as printed.
 */
class EOfficeStampTest {

    private static final byte[] ISSUED = EOfficeFixture.signedAndIssued(
            TestCertificate.person(EOfficeFixture.SIGNER, "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa"),
            TestCertificate.organisation(EOfficeFixture.BODY, "UBND tỉnh Thanh Hóa"));

    private static List<String> lines(byte[] pdf) throws ExtractionException {
        ExtractedDocument document = TextExtractor.extract(DocumentFormat.PDF, pdf);
        return document.lines().stream().map(SourceLine::text).toList();
    }

    @Test
    void stampedNumberDayAndNameAreReadWhereTheyArePrinted() throws ExtractionException {
        List<String> lines = lines(ISSUED);
        assertThat(lines).anySatisfy(l -> assertThat(l.replaceAll("\\s+", " ")).isEqualTo("Số: 318 /BC-SVHTTDL"));
        assertThat(lines).anySatisfy(l -> assertThat(l.replaceAll("\\s+", " ")).endsWith("Thanh Hóa, ngày 15 tháng 12 năm 2022"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Phạm Thị Lan");
    }

    @Test
    void aSignaturesCaptionAboutItselfIsNotReadAsDocumentText() throws ExtractionException {
        TestSigner.Stamp name = EOfficeFixture.nameStamp();
        byte[] signed = EOfficeFixture.signedByLeader(TestCertificate.person(EOfficeFixture.SIGNER, "Sở Văn hóa"));
        byte[] sealed = TestSigner.sign(signed, TestCertificate.organisation(EOfficeFixture.BODY, "UBND tỉnh Thanh Hóa"),
                EOfficeFixture.at(15, 10), List.of(EOfficeFixture.numberStamp(), EOfficeFixture.dayStamp(),
                        new TestSigner.Stamp("Ký bởi: SỞ VĂN HÓA THỂ THAO VÀ DU LỊCH", 300, name.y() + 40),
                        new TestSigner.Stamp("Thời gian ký: 15.12.2022 10:05:00 +07:00", 300, name.y() + 25)));
        List<String> lines = lines(sealed);
        assertThat(lines).noneSatisfy(l -> assertThat(l).containsAnyOf("Ký bởi", "Thời gian ký"));
        assertThat(lines).anySatisfy(l -> assertThat(l.replaceAll("\\s+", " ")).isEqualTo("Số: 318 /BC-SVHTTDL"));
        CheckResult result = Fixtures.pipeline().check(new Submission("sealed.pdf", sealed), Optional.empty());
        assertThat(Fixtures.ruleIds(result)).isEmpty();
    }

    @Test
    void blanksBeforeSigningStayBlank() throws ExtractionException {
        assertThat(lines(EOfficeFixture.blanks())).noneSatisfy(l -> assertThat(l).contains("318"))
                .noneSatisfy(l -> assertThat(l).contains("Phạm Thị Lan"));
    }

    @Test
    void theIssuedReportHasNumberDateAndSigner() {
        CheckResult result = Fixtures.pipeline().check(new Submission("issued.pdf", ISSUED), Optional.empty());
        assertThat(Fixtures.ruleIds(result)).doesNotContain("FMT_NUMBER_MISSING", "FMT_DATE_MISSING", "FMT_DATE_INVALID",
                "FMT_SYMBOL_INVALID", "SIG_SIGNER_MISSING", "SIG_DIGITAL_MISSING", "SIG_DIGITAL_MISMATCH", "SIG_DIGITAL_BROKEN");
    }

    @Test
    void theSameReportUnsignedIsMissingThem() {
        CheckResult result = Fixtures.pipeline().check(new Submission("blanks.pdf", EOfficeFixture.blanks()), Optional.empty());
        assertThat(Fixtures.ruleIds(result)).contains("FMT_NUMBER_MISSING", "SIG_SIGNER_MISSING", "SIG_DIGITAL_MISSING");
    }
}
