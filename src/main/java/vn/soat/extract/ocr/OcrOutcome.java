package vn.soat.extract.ocr;

import java.util.List;

/**
 * Which pages of a document were read by OCR and how well.
 *
 * @param pages          pages whose text comes from OCR (1-based, ascending)
 * @param meanConfidence Tesseract's mean word confidence over those pages, 0–100
 * @param blankPages     pages OCR read and found no text on (blank scans)
 * @param unreadPages    pages that needed OCR but were not read
 * @param unreadReason   why they were not read (Vietnamese, for the reader), empty when none
 */
public record OcrOutcome(List<Integer> pages, double meanConfidence, List<Integer> blankPages, List<Integer> unreadPages,
        String unreadReason) {

    public static final OcrOutcome NONE = new OcrOutcome(List.of(), 0, List.of(), List.of(), "");

    public OcrOutcome {
        pages = List.copyOf(pages);
        blankPages = List.copyOf(blankPages);
        unreadPages = List.copyOf(unreadPages);
        unreadReason = unreadReason == null ? "" : unreadReason;
    }
}
