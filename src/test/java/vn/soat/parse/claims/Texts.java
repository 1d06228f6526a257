package vn.soat.parse.claims;

import java.util.ArrayList;
import java.util.List;
import vn.soat.model.Location;

/** Paragraphs for detector tests: lines joined as the parser joins them, each offset located at its line. */
final class Texts {

    private Texts() {
    }

    /** One paragraph of the given lines, numbered from 1, in section {@code I}. Nothing to mask in these texts. */
    static Paragraph paragraph(String... lines) {
        return paragraph(1, "I", lines);
    }

    static Paragraph paragraph(int firstLine, String section, String... lines) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String line : lines) {
            starts.add(text.length());
            text.append(line).append(' ');
        }
        return new Paragraph(text.toString(), text.toString(), 0, offset -> {
            int i = starts.size() - 1;
            while (i > 0 && starts.get(i) > offset) {
                i--;
            }
            return new Location(1, firstLine + i, section, starts.get(i), starts.get(i) + lines[i].length());
        });
    }
}
