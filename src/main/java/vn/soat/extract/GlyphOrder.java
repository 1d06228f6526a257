package vn.soat.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.text.TextPositionComparator;
import org.apache.pdfbox.util.IterativeMergeSort;

/**
 * The order PDFBox's {@code PDFTextStripper.writePage} puts a page's glyphs in when sorting by position
 * ({@code TextPositionComparator}: same writing direction, then the same line by its height, then x), reached
 * more cheaply. PDFBox reads the direction and position through several getters again at every comparison,
 * which made its sort a sixth of reading a batch PDF.
 *
 * <p>Here each glyph's position is read once, as the glyph arrives ({@link #arrived}), into arrays: by the time
 * the page is sorted its glyphs (and anything allocated beside them) lie scattered among everything else the
 * content stream made, and reading them again then costs as much as the comparisons. The glyphs are sorted with the same algorithm and the same outcome
 * of every comparison: TimSort, and PDFBox's merge sort when TimSort finds the order inconsistent (the
 * comparison is not transitive). They are handed back in a list that lets PDFBox's own sort (a
 * {@code List.sort} with its {@code TextPositionComparator}) pass, since walking an article already in order
 * would still compare every neighbour through those getters.
 */
final class GlyphOrder {

    /** How far past the last glyph found an article's next glyph is looked for among those that arrived. */
    private static final int LOOKAHEAD = 64;

    /** Per glyph that arrived on this page: the glyph, and its direction, x, bottom and top as {@link Placed}. */
    private TextPosition[] arrived = new TextPosition[1024];
    private float[] positions = new float[4 * arrived.length];
    private int count;

    /** A glyph with what the comparison reads of it, read once. */
    private record Placed(TextPosition glyph, float dir, float x, float bottom, float top) {

        static Placed of(TextPosition glyph) {
            float bottom = glyph.getYDirAdj();
            return new Placed(glyph, glyph.getDir(), glyph.getXDirAdj(), bottom, bottom - glyph.getHeightDir());
        }
    }

    /** TextPositionComparator of PDFBox 3.0, over the values read once. */
    private static final Comparator<Placed> BY_POSITION = (a, b) -> {
        int byDirection = Float.compare(a.dir, b.dir);
        if (byDirection != 0) {
            return byDirection;
        }
        float yDifference = Math.abs(a.bottom - b.bottom);
        if (yDifference < .1 || b.bottom >= a.top && b.bottom <= a.bottom || a.bottom >= b.top && a.bottom <= b.bottom) {
            return Float.compare(a.x, b.x);
        }
        return a.bottom < b.bottom ? -1 : 1;
    };

    /** Forgets the glyphs that arrived (a new page starts). */
    void clear() {
        Arrays.fill(arrived, 0, count, null);
        count = 0;
    }

    /** Reads a glyph's position as it is handed to the page's articles. Positions never change afterwards. */
    void arrived(TextPosition glyph) {
        if (count == arrived.length) {
            arrived = Arrays.copyOf(arrived, 2 * count);
            positions = Arrays.copyOf(positions, 4 * arrived.length);
        }
        float bottom = glyph.getYDirAdj();
        int at = 4 * count;
        positions[at] = glyph.getDir();
        positions[at + 1] = glyph.getXDirAdj();
        positions[at + 2] = bottom;
        positions[at + 3] = bottom - glyph.getHeightDir();
        arrived[count++] = glyph;
    }

    /**
     * Replaces each list of glyphs by the same glyphs in the order PDFBox's sort would give them. A glyph that
     * did not arrive through {@link #arrived} (or not in its list's order) has its position read here.
     */
    void sort(List<List<TextPosition>> articles) {
        for (int i = 0; i < articles.size(); i++) {
            articles.set(i, sorted(articles.get(i)));
        }
    }

    private List<TextPosition> sorted(List<TextPosition> glyphs) {
        Placed[] placed = new Placed[glyphs.size()];
        // An article holds the glyphs in the order they arrived, less the diacritics merged into a neighbour.
        // They are matched by identity, as Objects: a cast to TextPosition would read each glyph's header.
        List<?> identities = glyphs;
        int next = 0;
        for (int i = 0; i < placed.length; i++) {
            Object glyph = identities.get(i);
            int at = next;
            int last = Math.min(count, next + LOOKAHEAD);
            while (at < last && arrived[at] != glyph) {
                at++;
            }
            if (at < last) {
                int p = 4 * at;
                placed[i] = new Placed(arrived[at], positions[p], positions[p + 1], positions[p + 2], positions[p + 3]);
                next = at + 1;
            } else {
                placed[i] = Placed.of(glyphs.get(i));
            }
        }
        try {
            Arrays.sort(placed, BY_POSITION);
        } catch (IllegalArgumentException inconsistent) {
            // As PDFBox: merge-sort the array as TimSort left it, half sorted, not the glyphs as they arrived;
            // the text differs (GlyphOrderAgainstPdfBoxTest.aPageOnWhichTimSortGivesUpReadsTheSame).
            IterativeMergeSort.sort(Arrays.asList(placed), BY_POSITION);
        }
        InPdfBoxOrder inOrder = new InPdfBoxOrder(placed.length);
        for (Placed each : placed) {
            inOrder.add(each.glyph);
        }
        return inOrder;
    }

    /** Glyphs already in TextPositionComparator's order: sorting them by it again leaves them as they are. */
    private static final class InPdfBoxOrder extends ArrayList<TextPosition> {

        InPdfBoxOrder(int size) {
            super(size);
        }

        @Override
        public void sort(Comparator<? super TextPosition> order) {
            if (!(order instanceof TextPositionComparator)) {
                super.sort(order);
            }
        }
    }
}
