package vn.soat.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OcrSettingsTest {

    @Test
    void settingsAreReadUnderTheirSoatOcrKeysAndDefaultOtherwise() {
        Map<String, String> values = Map.of("soat.ocr.max-pages", "5", "soat.ocr.tesseract", "/opt/tess/bin/tesseract",
                "soat.ocr.threads", "3");
        OcrSettings settings = OcrSettings.from(values::get);
        assertThat(settings.maxPages()).isEqualTo(5);
        assertThat(settings.tesseract()).isEqualTo("/opt/tess/bin/tesseract");
        assertThat(settings.poolSize()).isEqualTo(3);
        assertThat(settings.maxSeconds()).isEqualTo(OcrSettings.DEFAULTS.maxSeconds());
        assertThat(settings.language()).isEqualTo("vie");
        assertThat(settings.enabled()).isTrue();
    }


    @Test
    void impossibleLimitsAreRefused() {
        assertThatThrownBy(() -> OcrSettings.from(Map.of("soat.ocr.max-pages", "0")::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
