package vn.soat.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.extract.ocr.OcrEngine;
import vn.soat.extract.ocr.OcrSettings;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;
import vn.soat.ingest.Submission;
import vn.soat.rulesdir.RuleFiles;

/** Without Tesseract a scan cannot be read: soát says so, and everything else works as before. */
class OcrUnavailableTest {

    private static final CheckPipeline WITHOUT_OCR = CheckPipeline.load(RuleFiles.in(Path.of("rules")),
            OcrEngine.create(OcrSettings.DEFAULTS.withTesseract("/nonexistent/bin/tesseract")));

    private static CheckResult check(Path file) throws Exception {
        return WITHOUT_OCR.check(new Submission(file.getFileName().toString(), Files.readAllBytes(file)), Optional.empty());
    }

    @Test
    void aScanIsNoTextAndTheMessageSaysOcrIsNotInstalled() throws Exception {
        CheckResult result = check(Fixtures.ROOT.resolve("scans/base-thong-tin.pdf"));
        assertThat(Fixtures.ruleIds(result)).containsExactly("DOC_NO_TEXT");
        assertThat(result.findings().get(0).message())
                .contains("không đọc được bằng OCR: chưa cài chương trình OCR Tesseract (/nonexistent/bin/tesseract;");
        assertThat(result.findings().get(0).messageEn()).isEqualTo("No readable text was found in the file (the PDF has no text"
                + " layer (it may be a scan); OCR could not read it: the Tesseract OCR program is not installed"
                + " (/nonexistent/bin/tesseract; install the tesseract-ocr and tesseract-ocr-vie packages)), so its content"
                + " could not be checked.");
        assertThat(WITHOUT_OCR.ocr().status().available()).isFalse();
    }

    @Test
    void aMixedPdfIsCheckedOnItsTextAndTheUnreadPageIsNamed() throws Exception {
        CheckResult result = check(Fixtures.ROOT.resolve("scans/mixed.pdf"));
        Finding unread = result.findings().stream().filter(f -> f.ruleId().equals("DOC_OCR")).findFirst().orElseThrow();
        assertThat(unread.severity()).isEqualTo(Severity.WARNING);
        assertThat(unread.message()).startsWith("Trang 2 không có lớp chữ và chưa được đọc bằng OCR (chưa cài chương trình OCR");
        assertThat(unread.messageEn()).startsWith("Page(s) 2 have no text layer and were not read by OCR (the Tesseract OCR"
                + " program is not installed").doesNotContainPattern(BadInputTest.VIETNAMESE);
    }

    @Test
    void aPdfWithTextIsCheckedAsAlways() throws Exception {
        Path pdf = Fixtures.ROOT.resolve("formats/base-nam.pdf");
        assertThat(check(pdf).findings()).isEqualTo(Fixtures.check(pdf).findings());
    }

    @Test
    void aBlankScanIsStillNoTextBecauseOcrFindsNoWordOnIt() {
        CheckResult result = Fixtures.check(Fixtures.ROOT.resolve("bad/image-only.pdf"));
        assertThat(Fixtures.ruleIds(result)).containsExactly("DOC_NO_TEXT");
        assertThat(result.findings().get(0).message()).contains("nhận dạng chữ (OCR) không thấy chữ nào trên ảnh trang");
    }
}
