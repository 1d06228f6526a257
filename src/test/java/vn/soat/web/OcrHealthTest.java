package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import vn.soat.extract.ocr.OcrEngine;
import vn.soat.extract.ocr.OcrSettings;

class OcrHealthTest {

    @Test
    void ocrWithoutTesseractIsUnknownWithItsReasonNotDown() {
        Health health = PipelineConfig.health(OcrEngine.create(OcrSettings.DEFAULTS.withTesseract("/nonexistent/tesseract")).status());
        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(health.getDetails()).containsEntry("available", false);
        assertThat((String) health.getDetails().get("reason")).startsWith("chưa cài chương trình OCR Tesseract");
    }
}
