package vn.soat.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import vn.soat.extract.ExtractedDocument;
import vn.soat.extract.ocr.OcrOutcome;
import vn.soat.finding.Finding;
import vn.soat.ingest.Reason;
import vn.soat.model.Location;
import vn.soat.model.OcrReading;

/** What OCR did to a document, as the facts the DOCUMENT rules read. */
final class ScanFacts {

    private ScanFacts() {
    }

    static Optional<OcrReading> reading(ExtractedDocument document) {
        OcrOutcome ocr = document.ocr();
        if (ocr.pages().isEmpty() && ocr.unreadPages().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OcrReading(ocr.pages(), document.pages(), (int) Math.round(ocr.meanConfidence()),
                ocr.unreadPages(), ocr.unreadReason().vi(), ocr.unreadReason().en(), Location.DOCUMENT, ""));
    }

    /**
     * Findings on a page read by OCR, and every finding of a document read wholly by OCR, say so, and are
     * at most WARNINGs ({@link Finding#readByOcr}). Cases that judge single glyphs (a list line's
     * semicolon, the "./." mark, a hyphen in the Tiêu ngữ: {@code @ocr("skip")}) are not judged on OCR text.
     */
    static List<Finding> sourced(List<Finding> findings, ExtractedDocument document, Predicate<String> skippedOnOcr) {
        Set<Integer> pages = document.ocrPages();
        if (pages.isEmpty()) {
            return findings;
        }
        boolean wholly = pages.size() == document.pages();
        return findings.stream()
                .filter(f -> !(wholly || pages.contains(f.location().page())) || !skippedOnOcr.test(f.caseName()))
                .map(f -> wholly || pages.contains(f.location().page()) ? f.readByOcr() : f)
                .toList();
    }

    /** DOC_NO_TEXT's detail for a PDF: a scan that could not be read says why. */
    static Reason noTextDetail(OcrOutcome ocr) {
        Reason detail = new Reason("tệp PDF không có lớp chữ (có thể là bản quét)", "the PDF has no text layer (it may be a scan)");
        Reason unread = ocr.unreadReason();
        if (!unread.isEmpty()) {
            return detail.and(new Reason("không đọc được bằng OCR: " + unread.vi(), "OCR could not read it: " + unread.en()));
        }
        if (!ocr.blankPages().isEmpty()) {
            return detail.and(new Reason("nhận dạng chữ (OCR) không thấy chữ nào trên ảnh trang", "OCR found no text on the page images"));
        }
        return detail;
    }
}
