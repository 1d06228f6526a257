package vn.soat.extract.ocr;

import java.util.List;
import vn.soat.ingest.Reason;

/**
 * Which pages of a document were read by OCR and how well.
 *
 * @param pages          pages whose text comes from OCR (1-based, ascending)
 * @param meanConfidence Tesseract's mean word confidence over those pages, 0–100
 * @param blankPages     pages OCR read and found no text on (blank scans)
 * @param unreadPages    pages that needed OCR but were not read
 * @param unreadReason   why they were not read, {@link Reason#NONE} when nothing was left unread
 */
public record OcrOutcome(List<Integer> pages, double meanConfidence, List<Integer> blankPages, List<Integer> unreadPages,
        Reason unreadReason) {

    public static final OcrOutcome NONE = new OcrOutcome(List.of(), 0, List.of(), List.of(), Reason.NONE);

    public OcrOutcome {
        pages = List.copyOf(pages);
        blankPages = List.copyOf(blankPages);
        unreadPages = List.copyOf(unreadPages);
        unreadReason = unreadReason == null ? Reason.NONE : unreadReason;
    }
}
