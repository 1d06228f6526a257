package vn.soat.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Builds the numbered lines of the extracted text, keeping offsets consistent with {@link ExtractedDocument#text()}. */
final class LineCollector {

    private final List<SourceLine> lines = new ArrayList<>();
    private final List<String> rawLines = new ArrayList<>();
    private final List<Integer> pages = new ArrayList<>();
    private int offset;

    void add(int page, String rawLine) {
        rawLines.add(rawLine);
        pages.add(page);
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

    /**
     * The same lines built again from what was added, each converted before it is normalised: a legacy encoding's
     * letters must be read from the bytes as they came (TCVN3 writes "ư" as U+00AD, which normalising drops).
     */
    List<SourceLine> lines(UnaryOperator<String> conversion) {
        LineCollector again = new LineCollector();
        for (int i = 0; i < rawLines.size(); i++) {
            again.add(pages.get(i), conversion.apply(rawLines.get(i)));
        }
        return again.lines();
    }
}
