package vn.soat.model;

import java.util.List;

/**
 * Some pages were read from their image by OCR, or needed it and could not be read.
 *
 * @param pages          pages whose text comes from OCR (1-based)
 * @param totalPages     pages in the document
 * @param meanConfidence Tesseract's mean word confidence over those pages, rounded, 0–100
 * @param unreadPages    pages without usable text that OCR did not read
 * @param unreadReason   why not (limits reached, OCR not installed), in Vietnamese, empty when none
 * @param unreadReasonEn the same in English
 */
public record OcrReading(List<Integer> pages, int totalPages, int meanConfidence, List<Integer> unreadPages,
        String unreadReason, String unreadReasonEn, Location location, String excerpt) implements Located {

    public OcrReading {
        pages = List.copyOf(pages);
        unreadPages = List.copyOf(unreadPages);
    }

    public boolean isUsed() {
        return !pages.isEmpty();
    }

    public boolean isIncomplete() {
        return !unreadPages.isEmpty();
    }

    /** Whether the text at this page came from OCR; every page does when the whole document was a scan. */
    public boolean onPage(int page) {
        return pages.contains(page) || (page == 0 && pages.size() == totalPages);
    }

    /** "1, 2, 5" for the messages. */
    public String pageList() {
        return join(pages);
    }

    public String unreadList() {
        return join(unreadPages);
    }

    private static String join(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
