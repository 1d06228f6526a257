package vn.soat.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Tesseract's TSV into lines as the text layer of a PDF would give them. Tesseract may read
 * the two columns of the header (issuer | Quốc hiệu) or of the signature block as separate blocks;
 * lines at the same height are put back on one row, left to right, and a gap much wider than a
 * space between words becomes a tab, as {@code PdfExtractor} marks columns.
 */
final class TsvLayout {

    /** A gap wider than this many times the row's median word height separates two columns. */
    private static final double COLUMN_GAP = 1.2;
    private static final double SPECK_CONFIDENCE = 60;

    record Word(int left, int top, int width, int height, double confidence, String text) {
        int right() {
            return left + width;
        }

        Word withText(String other) {
            return new Word(left, top, width, height, confidence, other);
        }
    }

    /** One line as Tesseract found it; several may share a row. */
    private record Line(List<Word> words, int top, int bottom) {
        int height() {
            return bottom - top;
        }
    }

    private TsvLayout() {
    }

    static RecognisedPage read(int page, String tsv) {
        return read(page, tsv, null);
    }

    /** With the page image, words Tesseract is known to misread are checked against it ({@link RomanStems}). */
    static RecognisedPage read(int page, String tsv, PageImage image) {
        Map<String, List<Word>> byLine = new LinkedHashMap<>();
        for (String row : tsv.split("\n")) {
            String[] cells = row.split("\t", -1);
            if (cells.length < 12 || !cells[0].equals("5") || cells[11].isBlank()) {
                continue;
            }
            Word word = new Word(Integer.parseInt(cells[6]), Integer.parseInt(cells[7]), Integer.parseInt(cells[8]),
                    Integer.parseInt(cells[9]), Double.parseDouble(cells[10]), cells[11].strip());
            if (isSpeck(word)) {
                continue;
            }
            word = word.withText(RomanStems.correct(word, image));
            byLine.computeIfAbsent(cells[2] + "/" + cells[3] + "/" + cells[4], k -> new ArrayList<>()).add(word);
        }
        List<Word> all = byLine.values().stream().flatMap(List::stream).toList();
        double confidence = all.stream().mapToDouble(Word::confidence).filter(c -> c >= 0).average().orElse(0);
        List<String> lines = rows(byLine.values().stream().map(TsvLayout::line).toList()).stream()
                .map(TsvLayout::text).toList();
        return new RecognisedPage(page, lines, confidence, all.size());
    }

    /** Dust and scanner noise come back as unsure marks without a letter or digit ({@code _}, {@code |}, {@code ¬}). */
    private static boolean isSpeck(Word word) {
        return word.confidence() < SPECK_CONFIDENCE && word.text().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static Line line(List<Word> words) {
        int top = words.stream().mapToInt(Word::top).min().orElse(0);
        int bottom = words.stream().mapToInt(w -> w.top() + w.height()).max().orElse(0);
        return new Line(words, top, bottom);
    }

    /** Lines whose heights overlap by at least half of the smaller one, and whose words do not overlap, share a row. */
    private static List<List<Word>> rows(List<Line> lines) {
        List<Line> sorted = lines.stream().sorted(Comparator.comparingInt(Line::top)).toList();
        List<List<Line>> rows = new ArrayList<>();
        for (Line line : sorted) {
            List<Line> target = null;
            for (List<Line> row : rows) {
                if (row.stream().allMatch(other -> sameRow(line, other))) {
                    target = row;
                    break;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                rows.add(target);
            }
            target.add(line);
        }
        return rows.stream().map(row -> row.stream().flatMap(l -> l.words().stream())
                .sorted(Comparator.comparingInt(Word::left)).toList()).toList();
    }

    private static boolean sameRow(Line a, Line b) {
        int overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        boolean apart = a.words().get(a.words().size() - 1).right() <= b.words().get(0).left()
                || b.words().get(b.words().size() - 1).right() <= a.words().get(0).left();
        return apart && overlap >= Math.min(a.height(), b.height()) / 2;
    }

    private static String text(List<Word> row) {
        int[] heights = row.stream().mapToInt(Word::height).sorted().toArray();
        double gap = COLUMN_GAP * heights[heights.length / 2];
        StringBuilder text = new StringBuilder();
        Word previous = null;
        for (Word word : row) {
            if (previous != null) {
                text.append(word.left() - previous.right() > gap ? "\t" : " ");
            }
            text.append(word.text());
            previous = word;
        }
        return text.toString();
    }
}
