package vn.soat.extract.ocr;

import java.util.List;

/** The text of every page, OCR's where a page had none (or junk), and what OCR did. */
public record ScanReading(List<String> pageTexts, OcrOutcome outcome) {
}
