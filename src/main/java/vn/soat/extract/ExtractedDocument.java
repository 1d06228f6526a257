package vn.soat.extract;

import java.util.List;
import java.util.Optional;
import vn.soat.ingest.DocumentFormat;

/** The text of a document as lines with locations, plus what extraction noticed on the way. */
public record ExtractedDocument(
        DocumentFormat format,
        int pages,
        List<SourceLine> lines,
        Optional<LegacyConversion> legacy) {

    /** The same document restricted to some of its lines (one of several documents in a file). */
    public ExtractedDocument withLines(List<SourceLine> part) {
        return new ExtractedDocument(format, pages, part, legacy);
    }

    public boolean hasText() {
        return lines.stream().anyMatch(line -> !line.text().isBlank());
    }
}
