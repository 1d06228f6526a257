package vn.soat.signature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.soat.Fixtures;

/**
 * Writes the signed PDFs of {@code fixtures/rules/SIG_DIGITAL_*}, which RuleFixturesTest reads like any
 * other fixture. Run by hand from the repository root after {@code ./mvnw -q test-compile}:
 * <pre>
 * ./mvnw -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) vn.soat.signature.SignedRuleFixtures
 * </pre>
 * The certificates are made anew on every run, so the files change; commit them once.
 */
public final class SignedRuleFixtures {

    private SignedRuleFixtures() {
    }

    public static void main(String[] args) throws IOException {
        TestCertificate leader = TestCertificate.person(EOfficeFixture.SIGNER, "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa");
        TestCertificate someoneElse = TestCertificate.person("Lê Văn Hùng", "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa");
        TestCertificate seal = TestCertificate.organisation(EOfficeFixture.BODY, "UBND tỉnh Thanh Hóa");
        TestCertificate otherSeal = TestCertificate.organisation("SỞ NỘI VỤ TỈNH THANH HÓA", "UBND tỉnh Thanh Hóa");
        byte[] issued = EOfficeFixture.signedAndIssued(leader, seal);

        write("SIG_DIGITAL_MISSING", "fail-unsigned-e-office-draft.pdf", EOfficeFixture.blanks());
        write("SIG_DIGITAL_MISSING", "pass-signed-and-issued.pdf", issued);
        write("SIG_DIGITAL_MISSING", "pass-leader-signature-only.pdf", EOfficeFixture.signedByLeader(leader));

        write("SIG_DIGITAL_MISMATCH", "fail-someone-elses-certificate.pdf", EOfficeFixture.signedAndIssued(someoneElse, seal));
        write("SIG_DIGITAL_MISMATCH", "fail-e-seal-of-another-body.pdf", EOfficeFixture.signedAndIssued(leader, otherSeal));
        write("SIG_DIGITAL_MISMATCH", "pass-signed-and-issued.pdf", issued);
        write("SIG_DIGITAL_MISMATCH", "pass-certificate-name-without-diacritics.pdf",
                EOfficeFixture.signedByLeader(TestCertificate.person("PHAM THI LAN", "So Van hoa, The thao va Du lich")));

        byte[] tampered = issued.clone();
        int inFirstStream = new String(issued, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream") + 20;
        tampered[inFirstStream] ^= 0x01;
        write("SIG_DIGITAL_BROKEN", "fail-bytes-changed-inside-signed-range.pdf", tampered);
        write("SIG_DIGITAL_BROKEN", "fail-page-changed-after-last-signature.pdf",
                TestSigner.appendText(issued, "Noi dung them sau khi ky"));
        write("SIG_DIGITAL_BROKEN", "pass-second-signature-after-first.pdf", issued);
    }

    private static void write(String ruleId, String name, byte[] pdf) throws IOException {
        Path dir = Fixtures.ROOT.resolve("rules").resolve(ruleId);
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
        System.out.println(dir.resolve(name) + " " + pdf.length + " bytes");
    }

}
