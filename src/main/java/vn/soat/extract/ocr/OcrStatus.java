package vn.soat.extract.ocr;

import java.util.List;

/** Whether scans can be read here: the Tesseract version and languages, or why not. */
public record OcrStatus(boolean available, String version, List<String> languages, String reason) {

    static OcrStatus available(String version, List<String> languages) {
        return new OcrStatus(true, version, List.copyOf(languages), "");
    }

    static OcrStatus unavailable(String reason) {
        return new OcrStatus(false, "", List.of(), reason);
    }
}
