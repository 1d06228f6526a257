package vn.soat.extract.ocr;

import java.util.List;
import vn.soat.ingest.Reason;

/** Whether scans can be read here: the Tesseract version and languages, or why not. */
public record OcrStatus(boolean available, String version, List<String> languages, Reason reason) {

    static OcrStatus available(String version, List<String> languages) {
        return new OcrStatus(true, version, List.copyOf(languages), Reason.NONE);
    }

    static OcrStatus unavailable(Reason reason) {
        return new OcrStatus(false, "", List.of(), reason);
    }
}
