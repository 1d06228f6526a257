package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.extract.SourceLine;
import vn.soat.text.Chars;

/** Splits source lines into units: columns at tabs or wide runs of spaces, markdown markers stripped. */
final class Units {

    /**
     * A tab, or six spaces or more, not followed by the slash of a document number that is blank
     * ({@code Số:      /BC-UBND}) or stamped into its blank by an e-office signature ({@code Số: 181      /BC-SNV}).
     * Possessive, so that a shorter run inside the gap does not match in its place.
     */
    private static final Pattern COLUMN_GAP = Pattern.compile("[ \\u00a0]*+\\t\\s*+(?!/)|\\s{6,}+(?!/)");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern STARS_AT_ENDS = Pattern.compile("^\\*+|\\*+$");

    private Units() {
    }

    static List<Unit> of(List<SourceLine> lines) {
        List<Unit> units = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text();
            int from = 0;
            if (mayHoldGap(text)) {
                Matcher gap = COLUMN_GAP.matcher(text);
                while (gap.find()) {
                    add(units, line, from, gap.start());
                    from = gap.end();
                }
            }
            add(units, line, from, text.length());
        }
        return units;
    }

    /** A tab or six white-space characters in a row: most lines have neither and need not meet the regex. */
    private static boolean mayHoldGap(String text) {
        int run = 0;
        for (char c : text.toCharArray()) {
            if (c == '\t') {
                return true;
            }
            run = Chars.isRegexSpace(c) ? run + 1 : 0;
            if (run >= 6) {
                return true;
            }
        }
        return false;
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
        String text = raw.strip();
        if (text.startsWith("#")) {
            text = HEADING_MARK.matcher(text).replaceFirst("");
        }
        text = text.replace("**", "").replace("__", "");
        if (text.indexOf('*') >= 0) {
            text = STARS_AT_ENDS.matcher(text).replaceAll("");
        }
        return text.strip();
    }
}
