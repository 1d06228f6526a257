package vn.soat.extract;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs drawn so far on one page, to drop a glyph drawn again over itself: fake bold (the same
 * text printed twice, a fraction of a point apart) and shadows would otherwise read "QQuuốốcc". The
 * test is PDFBox's {@code suppressDuplicateOverlappingText}: the same text at most a third of its
 * width away in x and in y ([p − t, p + t) on each axis). PDFBox keeps every position of a letter in
 * sorted trees of boxed floats, which cost a fifth of reading a PDF. Here a bit per
 * {@value #CELL}-point cell and text says where nothing can be near, which is almost every glyph;
 * only the rest are compared with the page's positions of the same text.
 */
final class DrawnGlyphs {

    private static final float CELL = 8f;
    private static final int BITS = 1 << 16;

    private final BitSet occupied = new BitSet(BITS);
    private final Map<String, Positions> byText = new HashMap<>();

    /** Forgets the page's glyphs (a new page starts). */
    void clear() {
        occupied.clear();
        byText.clear();
    }

    /**
     * True when the same text was already drawn where this glyph is; otherwise the glyph is
     * remembered and false returned. Positions are PDFBox's {@code getX()}/{@code getY()} in points.
     */
    boolean drawnAgain(TextPosition glyph) {
        String text = glyph.getUnicode();
        float x = glyph.getX();
        float y = glyph.getY();
        float tolerance = text.isEmpty() ? 0 : glyph.getWidth() / text.length() / 3f;
        if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(tolerance)) {
            return false;
        }
        Positions same = tolerance > 0 && mayBeNear(text, x, y, tolerance) ? byText.get(text) : null;
        if (same != null && same.anyNear(x, y, tolerance)) {
            return true;
        }
        occupied.set(bit(text, cell(x), cell(y)));
        (same != null ? same : byText.computeIfAbsent(text, key -> new Positions())).add(x, y);
        return false;
    }

    private boolean mayBeNear(String text, float x, float y, float tolerance) {
        int toX = cell(x + tolerance);
        int toY = cell(y + tolerance);
        int fromY = cell(y - tolerance);
        if (toX - cell(x - tolerance) > 2 || toY - fromY > 2) {
            return true;
        }
        for (int cx = cell(x - tolerance); cx <= toX; cx++) {
            for (int cy = fromY; cy <= toY; cy++) {
                if (occupied.get(bit(text, cx, cy))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int bit(String text, int cx, int cy) {
        return ((text.hashCode() * 31 + cx) * 31 + cy) & (BITS - 1);
    }

    private static int cell(float coordinate) {
        return (int) Math.floor(coordinate / CELL);
    }

    /** The x, y pairs where one text was drawn. */
    private static final class Positions {

        private float[] xy = new float[8];
        private int size;

        void add(float x, float y) {
            if (size + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            xy[size++] = x;
            xy[size++] = y;
        }

        boolean anyNear(float x, float y, float tolerance) {
            for (int i = 0; i < size; i += 2) {
                if (xy[i] >= x - tolerance && xy[i] < x + tolerance && xy[i + 1] >= y - tolerance && xy[i + 1] < y + tolerance) {
                    return true;
                }
            }
            return false;
        }
    }
}
