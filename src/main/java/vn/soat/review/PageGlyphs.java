package vn.soat.review;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of one PDF page in folded form (lower case, no diacritics, {@code đ} → {@code d}, single
 * spaces), each folded character pointing back at the glyph it came from and at its line on the page.
 * Folding makes a finding's excerpt findable whatever PDFBox did with combining marks; one page holds
 * too little text for two different passages to fold alike where it matters, and the line decides ties.
 */
final class PageGlyphs {

    /** A run of matched glyphs on one line of the page. */
    record Run(List<TextPosition> glyphs) {
    }

    private final StringBuilder folded = new StringBuilder();
    private final List<TextPosition> glyphOf = new ArrayList<>();
    private final List<Integer> lineOf = new ArrayList<>();
    private int line;

    private PageGlyphs() {
    }

    /** The glyphs of page {@code pageNumber} (1-based). */
    static PageGlyphs of(PDDocument document, int pageNumber) throws IOException {
        PageGlyphs page = new PageGlyphs();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition glyph : positions) {
                    page.add(glyph.getUnicode(), glyph);
                }
            }

            @Override
            protected void writeWordSeparator() {
                page.add(" ", null);
            }

            @Override
            protected void writeLineSeparator() {
                page.add(" ", null);
                page.line++;
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.writeText(document, new StringWriter());
        return page;
    }

    /** Folds text as the page is folded: what to search for. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : foldChars(text == null ? "" : text).toCharArray()) {
            if (c != ' ' || (!out.isEmpty() && out.charAt(out.length() - 1) != ' ')) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private void add(String unicode, TextPosition glyph) {
        for (char c : foldChars(unicode).toCharArray()) {
            boolean space = c == ' ';
            if (space && (folded.isEmpty() || folded.charAt(folded.length() - 1) == ' ')) {
                continue;
            }
            folded.append(c);
            glyphOf.add(space ? null : glyph);
            lineOf.add(line);
        }
    }

    private static String foldChars(String text) {
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return bare.replaceAll("\\s", " ");
    }

    /**
     * Where {@code needle} (already {@link #fold folded}) occurs on the page; when it occurs more than once, the
     * occurrence whose line is closest to {@code expectedLine} (0-based line on the page, negative when unknown).
     * Each run holds the glyphs of one line of the page.
     */
    Optional<List<Run>> find(String needle, int expectedLine) {
        if (needle.isBlank()) {
            return Optional.empty();
        }
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
            int distance = expectedLine < 0 ? 0 : Math.abs(lineOf.get(at) - expectedLine);
            if (distance < bestDistance) {
                best = at;
                bestDistance = distance;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(runs(best, best + needle.length()));
    }

    private List<Run> runs(int from, int to) {
        List<Run> runs = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        int currentLine = lineOf.get(from);
        for (int i = from; i < to; i++) {
            TextPosition glyph = glyphOf.get(i);
            if (lineOf.get(i) != currentLine && !current.isEmpty()) {
                runs.add(new Run(List.copyOf(current)));
                current.clear();
            }
            currentLine = lineOf.get(i);
            if (glyph != null && (current.isEmpty() || current.get(current.size() - 1) != glyph)) {
                current.add(glyph);
            }
        }
        if (!current.isEmpty()) {
            runs.add(new Run(List.copyOf(current)));
        }
        return Collections.unmodifiableList(runs);
    }
}
