package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.extract.SourceLine;

/** Splits source lines into units: columns at tabs or wide runs of spaces, markdown markers stripped. */
final class Units {

    /**
     * A tab, or six spaces or more, not followed by the slash of a document number that is blank
     * ({@code Số:      /BC-UBND}) or stamped into its blank by an e-office signature ({@code Số: 181      /BC-SNV}).
     * Possessive, so that a shorter run inside the gap does not match in its place.
     */
    private static final Pattern COLUMN_GAP = Pattern.compile("[ \\u00a0]*+\\t\\s*+(?!/)|\\s{6,}+(?!/)");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");

    private Units() {
    }

    static List<Unit> of(List<SourceLine> lines) {
        List<Unit> units = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text();
            Matcher gap = COLUMN_GAP.matcher(text);
            int from = 0;
            while (gap.find()) {
                add(units, line, from, gap.start());
                from = gap.end();
            }
            add(units, line, from, text.length());
        }
        return units;
    }

    private static void add(List<Unit> units, SourceLine line, int from, int to) {
        String raw = line.text().substring(from, to);
        String text = clean(raw);
        if (text.isEmpty() && from > 0) {
            return;
        }
        units.add(Unit.of(units.size(), text, line.number(), line.page(), line.start() + from, line.start() + to));
    }

    /** Removes the bold and heading markers of markdown-ish text extractions. */
    static String clean(String raw) {
        String text = HEADING_MARK.matcher(raw.strip()).replaceFirst("");
        text = text.replace("**", "").replace("__", "");
        text = text.replaceAll("^\\*+|\\*+$", "");
        return text.strip();
    }
}
