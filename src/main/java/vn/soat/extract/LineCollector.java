package vn.soat.extract;

import java.util.ArrayList;
import java.util.List;

/** Builds the numbered lines of the extracted text, keeping offsets consistent with {@link ExtractedDocument#text()}. */
final class LineCollector {

    private final List<SourceLine> lines = new ArrayList<>();
    private int offset;

    void add(int page, String rawLine) {
        String text = TextNormalizer.normalize(rawLine).stripTrailing();
        lines.add(new SourceLine(lines.size() + 1, page, offset, offset + text.length(), text));
        offset += text.length() + 1;
    }

    int nextLineNumber() {
        return lines.size() + 1;
    }

    List<SourceLine> lines() {
        return List.copyOf(lines);
    }
}
