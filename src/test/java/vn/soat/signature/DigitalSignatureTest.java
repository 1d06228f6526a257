package vn.soat.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.check.CheckResult;
import vn.soat.finding.Finding;
import vn.soat.ingest.Submission;
import vn.soat.model.DigitalSignature;

/** Signatures made here with self-signed certificates, read back as facts and judged by the rules. */
class DigitalSignatureTest {

    private static final TestCertificate LEADER = TestCertificate.person(EOfficeFixture.SIGNER, "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa");
    private static final TestCertificate SOMEONE_ELSE = TestCertificate.person("Lê Văn Hùng", "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa");
    private static final TestCertificate SEAL = TestCertificate.organisation(EOfficeFixture.BODY, "UBND tỉnh Thanh Hóa");
    private static final TestCertificate OTHER_SEAL = TestCertificate.organisation("SỞ NỘI VỤ TỈNH THANH HÓA", "UBND tỉnh Thanh Hóa");

    private static CheckResult check(byte[] pdf) {
        return Fixtures.pipeline().check(new Submission("signed.pdf", pdf), Optional.empty());
    }

    private static List<Finding> findings(CheckResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void aPersonsSignatureIsReadWithItsSubjectTimeAndRange() {
        byte[] pdf = EOfficeFixture.signedByLeader(LEADER);
        List<DigitalSignature> signatures = PdfSignatures.read(pdf);
        assertThat(signatures).singleElement().satisfies(s -> {
            assertThat(s.commonName()).isEqualTo("Phạm Thị Lan");
            assertThat(s.organisation()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa");
            assertThat(s.isPerson()).isTrue();
            assertThat(s.digestVerified()).isTrue();
            assertThat(s.digestProblem()).isEmpty();
            assertThat(s.isCoversWholeFile()).isTrue();
            assertThat(s.revision()).isEqualTo(2);
            assertThat(s.revisions()).isEqualTo(2);
            assertThat(s.byteRange()).startsWith("[0 ");
            assertThat(s.signingTime()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+07:00");
            assertThat(s.location().page()).isEqualTo(1);
        });
    }

    @Test
    void theLeadersOwnCertificateMatchesTheTypedSigner() {
        CheckResult result = check(EOfficeFixture.signedByLeader(LEADER));
        assertThat(Fixtures.ruleIds(result)).doesNotContain("SIG_DIGITAL_MISMATCH", "SIG_DIGITAL_BROKEN", "SIG_DIGITAL_MISSING",
                "SIG_SIGNER_MISSING");
    }

    @Test
    void anotherPersonsCertificateIsAMismatchNamingBoth() {
        byte[] pdf = TestSigner.sign(EOfficeFixture.blanks(), SOMEONE_ELSE, EOfficeFixture.at(15, 9),
                List.of(new TestSigner.Stamp(EOfficeFixture.SIGNER, EOfficeFixture.nameStamp().x(), EOfficeFixture.nameStamp().y())));
        assertThat(findings(check(pdf), "SIG_DIGITAL_MISMATCH")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("\"Lê Văn Hùng (Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa)\"", "\"Phạm Thị Lan\"",
                    "chưa được đối chiếu với danh sách tin cậy");
            assertThat(f.location().page()).isEqualTo(1);
        });
    }

    @Test
    void anESealOfAnotherBodyIsAMismatch() {
        byte[] pdf = EOfficeFixture.signedAndIssued(LEADER, OTHER_SEAL);
        assertThat(findings(check(pdf), "SIG_DIGITAL_MISMATCH")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"SỞ NỘI VỤ TỈNH THANH HÓA\""));
    }

    @Test
    void bytesChangedInsideTheSignedRangeBreakTheDigest() {
        byte[] pdf = EOfficeFixture.signedByLeader(LEADER);
        int inFirstStream = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream") + 20;
        byte[] tampered = pdf.clone();
        tampered[inFirstStream] ^= 0x01;
        assertThat(PdfSignatures.read(tampered)).singleElement().satisfies(s -> {
            assertThat(s.digestVerified()).isFalse();
            assertThat(s.digestProblem()).isEqualTo("giá trị băm không khớp với nội dung đã ký");
        });
        assertThat(findings(check(tampered), "SIG_DIGITAL_BROKEN")).singleElement()
                .satisfies(f -> assertThat(f.severity().name()).isEqualTo("ERROR"));
    }

    @Test
    void aRevisionAfterTheLastSignatureThatChangesThePageIsBroken() {
        byte[] pdf = TestSigner.appendText(EOfficeFixture.signedByLeader(LEADER), "Sửa sau khi ký".replace("ử", "u").replace("ý", "y"));
        assertThat(PdfSignatures.read(pdf)).singleElement().satisfies(s -> {
            assertThat(s.digestVerified()).isTrue();
            assertThat(s.isCoversWholeFile()).isFalse();
            assertThat(s.contentChangedAfter()).isTrue();
        });
        assertThat(findings(check(pdf), "SIG_DIGITAL_BROKEN")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("thay đổi nội dung trang"));
    }

    @Test
    void aLaterSignatureRevisionLeavesTheEarlierSignatureIntact() {
        List<DigitalSignature> signatures = PdfSignatures.read(EOfficeFixture.signedAndIssued(LEADER, SEAL));
        assertThat(signatures).hasSize(2);
        assertThat(signatures.get(0)).satisfies(s -> {
            assertThat(s.isPerson()).isTrue();
            assertThat(s.isCoversWholeFile()).isFalse();
            assertThat(s.revision()).isEqualTo(2);
            assertThat(s.digestVerified()).isTrue();
            assertThat(s.contentChangedAfter()).isFalse();
        });
        assertThat(signatures.get(1)).satisfies(s -> {
            assertThat(s.organisationSeal()).isTrue();
            assertThat(s.commonName()).isEqualTo(EOfficeFixture.BODY);
            assertThat(s.isCoversWholeFile()).isTrue();
            assertThat(s.revision()).isEqualTo(3);
            assertThat(s.revisions()).isEqualTo(3);
        });
    }

    @Test
    void anUnsignedPdfHasNoSignatureAndOnlyPdfsAreAskedForOne() {
        assertThat(PdfSignatures.read(EOfficeFixture.blanks())).isEmpty();
        assertThat(findings(check(EOfficeFixture.blanks()), "SIG_DIGITAL_MISSING")).singleElement()
                .satisfies(f -> assertThat(f.severity().name()).isEqualTo("INFO"));
        assertThat(Fixtures.ruleIds(Fixtures.check(Fixtures.ROOT.resolve("signed/blanks-for-e-office.txt"))))
                .doesNotContain("SIG_DIGITAL_MISSING");
    }

    @Test
    void aFileThatIsNotAPdfHasNoSignatures() {
        assertThat(PdfSignatures.read("%PDF-1.7 /ByteRange [0 1 2 3] broken".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEmpty();
    }
}
