package vn.soat.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soat.extract.ExtractedDocument;
import vn.soat.extract.ExtractionException;
import vn.soat.extract.TextExtractor;
import vn.soat.ingest.DocumentFormat;

/** When OCR runs, and what happens at its limits; a stand-in program shows what was started. */
class OcrEngineTest {

    private static final Path TEXT_PDF = Path.of("fixtures/formats/base-nam.pdf");
    private static final Path SCAN = Path.of("fixtures/scans/base-nam.pdf");
    private static final Path MIXED = Path.of("fixtures/scans/mixed.pdf");

    @TempDir
    Path dir;

    /** A tesseract that logs every call, knows Vietnamese, and takes a minute per page. */
    private OcrSettings slowTesseract() throws IOException {
        Path program = dir.resolve("tesseract");
        Files.writeString(program, """
                #!/bin/sh
                echo "$@" >> "%s"
                case "$1" in
                  --version) echo "tesseract 5.3.0" ;;
                  --list-langs) printf 'List of available languages (2):\\neng\\nvie\\n' ;;
                  *) cat > /dev/null; sleep 60 ;;
                esac
                """.formatted(dir.resolve("calls.log")));
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        return OcrSettings.DEFAULTS.withTesseract(program.toString()).withLimits(30, 1);
    }

    private static ExtractedDocument extract(Path pdf, OcrSettings settings) throws IOException, ExtractionException {
        return TextExtractor.extract(DocumentFormat.PDF, Files.readAllBytes(pdf), Optional.of(OcrEngine.create(settings)));
    }

    @Test
    void aPdfWithTextNeverStartsTesseract() throws Exception {
        ExtractedDocument document = extract(TEXT_PDF, slowTesseract());
        assertThat(document.ocrPages()).isEmpty();
        assertThat(document.ocr()).isEqualTo(OcrOutcome.NONE);
        assertThat(dir.resolve("calls.log")).doesNotExist();
    }

    @Test
    void pagesNotDoneWithinTheTimeLimitAreLeftUnreadAndTheProcessesStopped() throws Exception {
        ExtractedDocument document = extract(MIXED, slowTesseract());
        assertThat(document.ocrPages()).isEmpty();
        assertThat(document.ocr().unreadPages()).containsExactly(2);
        assertThat(document.ocr().unreadReason().vi()).isEqualTo("vượt giới hạn 1 giây đọc bằng OCR mỗi tệp");
        assertThat(document.lines()).filteredOn(l -> !l.text().isBlank()).extracting(l -> l.page()).containsOnly(1);
        assertThat(Files.readAllLines(dir.resolve("calls.log"))).hasSize(3).contains("--version", "--list-langs");
    }

    @Test
    void pagesOverThePageLimitAreLeftUnread() throws Exception {
        ExtractedDocument document = extract(SCAN, OcrSettings.DEFAULTS.withLimits(1, 120));
        assertThat(document.ocrPages()).containsExactly(1);
        assertThat(document.ocr().unreadPages()).containsExactly(2);
        assertThat(document.ocr().unreadReason().vi()).isEqualTo("vượt giới hạn 1 trang đọc bằng OCR mỗi tệp");
        assertThat(document.ocr().meanConfidence()).isBetween(80.0, 100.0);
    }

    @Test
    void aMissingProgramIsReportedNotThrown() throws Exception {
        OcrSettings missing = OcrSettings.DEFAULTS.withTesseract(dir.resolve("no-such-tesseract").toString());
        OcrStatus status = OcrEngine.create(missing).status();
        assertThat(status.available()).isFalse();
        assertThat(status.reason().vi()).startsWith("chưa cài chương trình OCR Tesseract");
        ExtractedDocument document = extract(SCAN, missing);
        assertThat(document.hasText()).isFalse();
        assertThat(document.ocr().unreadPages()).containsExactly(1, 2);
        assertThat(document.ocr().unreadReason()).isEqualTo(status.reason());
    }

    @Test
    void theInstalledTesseractReadsVietnamese() {
        OcrStatus status = OcrEngine.create(OcrSettings.DEFAULTS).status();
        assertThat(status.available()).as(status.reason().vi()).isTrue();
        assertThat(status.version()).startsWith("tesseract ");
        assertThat(status.languages()).contains("vie");
    }
}
