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

    public boolean hasText() {
        return lines.stream().anyMatch(line -> !line.text().isBlank());
    }
}
