package vn.soat.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.soat.extract.ocr.OcrOutcome;
import vn.soat.ingest.DocumentFormat;

/** The text of a document as lines with locations, plus what extraction noticed on the way (legacy encoding, OCR). */
public record ExtractedDocument(
        DocumentFormat format,
        int pages,
        List<SourceLine> lines,
        Optional<LegacyConversion> legacy,
        OcrOutcome ocr) {

    public ExtractedDocument(DocumentFormat format, int pages, List<SourceLine> lines, Optional<LegacyConversion> legacy) {
        this(format, pages, lines, legacy, OcrOutcome.NONE);
    }

    /** The pages whose text was recognised from their image. */
    public Set<Integer> ocrPages() {
        return new TreeSet<>(ocr.pages());
    }

    /** The same document restricted to some of its lines (one of several documents in a file). */
    public ExtractedDocument withLines(List<SourceLine> part) {
        return new ExtractedDocument(format, pages, part, legacy);
    }

    public boolean hasText() {
        return lines.stream().anyMatch(line -> !line.text().isBlank());
    }
}
