package vn.soat.parse.claims;

import java.util.List;
import java.util.function.IntFunction;
import vn.soat.model.Location;

/**
 * A paragraph of the body as the detectors read it: its text, the same text with dates, years
 * and document numbers masked (same length, so offsets agree), the offset of its first character
 * in the extracted text, and where each offset sits.
 */
public record Paragraph(String text, String masked, int start, IntFunction<Location> locate) {

    public Paragraph {
        if (text.length() != masked.length()) {
            throw new IllegalArgumentException("masking must keep offsets");
        }
    }

    Location at(int offset) {
        return locate.apply(offset);
    }

    String section() {
        return at(0).section();
    }

    /** Where a claim starts in the extracted text: two facts read off the same words share it. */
    int anchor(int offset) {
        return start + offset;
    }

    String excerpt(int from, int to) {
        return text.substring(from, Math.min(to, text.length())).strip();
    }

    /** Consecutive paragraphs read as one (a section), each offset still traced to its own paragraph. */
    static Paragraph join(List<Paragraph> parts) {
        StringBuilder text = new StringBuilder();
        StringBuilder masked = new StringBuilder();
        int[] starts = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            starts[i] = text.length();
            text.append(parts.get(i).text);
            masked.append(parts.get(i).masked);
        }
        IntFunction<Location> locate = offset -> {
            int i = starts.length - 1;
            while (i > 0 && starts[i] > offset) {
                i--;
            }
            return parts.get(i).at(offset - starts[i]);
        };
        return new Paragraph(text.toString(), masked.toString(), parts.get(0).start, locate);
    }
}
