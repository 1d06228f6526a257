package vn.soat.extract;

import java.util.Arrays;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs drawn so far on one page, to drop a glyph drawn again over itself: fake bold (the same
 * text printed twice, a fraction of a point apart) and shadows would otherwise read "QQuuốốcc". The
 * test is PDFBox's {@code suppressDuplicateOverlappingText}: the same text at most a third of its
 * width away in x and in y ([p − t, p + t) on each axis). PDFBox keeps every position of a letter in
 * sorted trees of boxed floats, which cost a fifth of reading a PDF. Here the glyphs are kept in a
 * hash of {@value #CELL}-point cells and texts, so a glyph is compared only with those of its text in
 * the cells its tolerance reaches, usually none; a glyph whose tolerance spans many cells, or that
 * lies far off any page, is compared with every glyph of the page.
 */
final class DrawnGlyphs {

    private static final float CELL = 8f;
    private static final int BUCKETS = 1 << 12;
    /** Cells per axis a tolerance may span before the whole page is compared instead. */
    private static final int MAX_SPAN = 3;
    /** Beyond this many points from the origin, cells are not worth computing: the whole page is compared. */
    private static final float FAR = 1e6f;

    /** Per bucket, 1 + the last glyph put in it; 0 when empty. */
    private final int[] heads = new int[BUCKETS];
    /** Per glyph: its bucket, the glyph before it in that bucket (−1: none), its position and text. */
    private int[] bucketOf = new int[256];
    private int[] before = new int[256];
    private float[] xs = new float[256];
    private float[] ys = new float[256];
    private String[] texts = new String[256];
    private int count;

    /** Forgets the page's glyphs (a new page starts). */
    void clear() {
        for (int i = 0; i < count; i++) {
            heads[bucketOf[i]] = 0;
        }
        Arrays.fill(texts, 0, count, null);
        count = 0;
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
        if (tolerance > 0 && drawnNear(text, x, y, tolerance)) {
            return true;
        }
        remember(text, x, y);
        return false;
    }

    private boolean drawnNear(String text, float x, float y, float tolerance) {
        if (Math.abs(x) + tolerance > FAR || Math.abs(y) + tolerance > FAR) {
            return anyNear(0, count, text, x, y, tolerance);
        }
        int fromX = cell(x - tolerance);
        int toX = cell(x + tolerance);
        int fromY = cell(y - tolerance);
        int toY = cell(y + tolerance);
        if (toX - fromX > MAX_SPAN || toY - fromY > MAX_SPAN) {
            return anyNear(0, count, text, x, y, tolerance);
        }
        int hash = text.hashCode();
        for (int cx = fromX; cx <= toX; cx++) {
            for (int cy = fromY; cy <= toY; cy++) {
                for (int i = heads[bucket(hash, cx, cy)] - 1; i >= 0; i = before[i]) {
                    if (near(i, text, x, y, tolerance)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean anyNear(int from, int to, String text, float x, float y, float tolerance) {
        for (int i = from; i < to; i++) {
            if (near(i, text, x, y, tolerance)) {
                return true;
            }
        }
        return false;
    }

    private boolean near(int i, String text, float x, float y, float tolerance) {
        return xs[i] >= x - tolerance && xs[i] < x + tolerance && ys[i] >= y - tolerance && ys[i] < y + tolerance
                && texts[i].equals(text);
    }

    private void remember(String text, float x, float y) {
        if (count == texts.length) {
            int size = 2 * count;
            bucketOf = Arrays.copyOf(bucketOf, size);
            before = Arrays.copyOf(before, size);
            xs = Arrays.copyOf(xs, size);
            ys = Arrays.copyOf(ys, size);
            texts = Arrays.copyOf(texts, size);
        }
        // A glyph far off the page goes in bucket 0: it is only ever found by comparing the whole page.
        int bucket = Math.abs(x) > FAR || Math.abs(y) > FAR ? 0 : bucket(text.hashCode(), cell(x), cell(y));
        bucketOf[count] = bucket;
        before[count] = heads[bucket] - 1;
        xs[count] = x;
        ys[count] = y;
        texts[count] = text;
        heads[bucket] = ++count;
    }

    private static int bucket(int hash, int cx, int cy) {
        return ((hash * 31 + cx) * 31 + cy) & (BUCKETS - 1);
    }

    private static int cell(float coordinate) {
        return (int) Math.floor(coordinate / CELL);
    }
}
