package vn.soat.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** PDFBox's duplicate test ({@code suppressDuplicateOverlappingText}), answered from a grid. */
class DrawnGlyphsTest {

    /** A glyph 6 pt wide at (x, y) on an unrotated A4 page. */
    private static TextPosition glyph(String text, float x, float y) {
        return new TextPosition(0, 595, 842, Matrix.getTranslateInstance(x, y), x + 6, y, 10, 6, 3, text,
                new int[] {text.charAt(0)}, null, 12, 12);
    }

    @Test
    void aGlyphIsDrawnAgainOnlyWithinAThirdOfItsWidthOfTheSameText() {
        DrawnGlyphs drawn = new DrawnGlyphs();
        assertThat(drawn.drawnAgain(glyph("Q", 100, 700))).isFalse();
        assertThat(drawn.drawnAgain(glyph("Q", 101.5f, 700.5f))).isTrue();
        assertThat(drawn.drawnAgain(glyph("Q", 98.1f, 699))).isTrue();
        assertThat(drawn.drawnAgain(glyph("Q", 102.1f, 700))).as("a third of 6 is 2: outside").isFalse();
        assertThat(drawn.drawnAgain(glyph("O", 100, 700))).as("another letter").isFalse();
        assertThat(drawn.drawnAgain(glyph("Q", 100, 686))).as("the next line").isFalse();
        drawn.clear();
        assertThat(drawn.drawnAgain(glyph("Q", 100, 700))).as("a new page").isFalse();
    }

    @Test
    void thousandsOfDifferentTextsThatShareGridBitsAreNeverTakenForEachOther() {
        DrawnGlyphs drawn = new DrawnGlyphs();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String text = String.valueOf((char) (0x4E00 + i));
            assertThat(drawn.drawnAgain(glyph(text, random.nextInt(500), random.nextInt(800)))).isFalse();
        }
    }

    @Test
    void aPositionOutsideThePageOrNotANumberIsNeverADuplicate() {
        DrawnGlyphs drawn = new DrawnGlyphs();
        assertThat(drawn.drawnAgain(glyph("x", Float.NaN, 0))).isFalse();
        assertThat(drawn.drawnAgain(glyph("x", Float.NaN, 0))).isFalse();
        assertThat(drawn.drawnAgain(glyph("x", -1e5f, 1e5f))).isFalse();
        assertThat(drawn.drawnAgain(glyph("x", -1e5f, 1e5f))).isTrue();
    }

    /** A glyph {@code width} points wide at (x, y). */
    private static TextPosition glyph(String text, float x, float y, float width) {
        return new TextPosition(0, 595, 842, Matrix.getTranslateInstance(x, y), x + width, y, 10, width, 3, text,
                new int[] {text.charAt(0)}, null, 12, 12);
    }

    @Test
    void aPositionFarOffAnyPageIsComparedLikeAnyOther() {
        DrawnGlyphs drawn = new DrawnGlyphs();
        // Beyond 1.7e10 points a cell number no longer fits an int: the grid once looped forever here.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(drawn.drawnAgain(glyph("x", 3e10f, 3e10f, 10_000))).isFalse();
            assertThat(drawn.drawnAgain(glyph("x", 3e10f, 3e10f, 10_000))).as("the same place, however far").isTrue();
            assertThat(drawn.drawnAgain(glyph("x", -3e10f, 3e10f, 10_000))).isFalse();
        });
        assertThat(drawn.drawnAgain(glyph("x", 2e6f, 100))).isFalse();
        assertThat(drawn.drawnAgain(glyph("x", 2e6f + 1, 100))).isTrue();
        assertThat(drawn.drawnAgain(glyph("x", 100, 100))).isFalse();
    }

    /** PDFBox's test written out plainly: every earlier glyph of the page compared. */
    private record Drawn(String text, float x, float y) {
    }

    private static boolean drawnAgainPlainly(List<Drawn> page, String text, float x, float y, float width) {
        float tolerance = width / text.length() / 3f;
        if (!Float.isFinite(x) || !Float.isFinite(y)) {
            return false;
        }
        for (Drawn d : page) {
            if (tolerance > 0 && d.text.equals(text) && d.x >= x - tolerance && d.x < x + tolerance
                    && d.y >= y - tolerance && d.y < y + tolerance) {
                return true;
            }
        }
        page.add(new Drawn(text, x, y));
        return false;
    }

    @Test
    void answersAsComparingEveryGlyphOfThePageWould() {
        DrawnGlyphs drawn = new DrawnGlyphs();
        Random random = new Random(11);
        String[] texts = {"a", "b", "ố", "Q", "ab", " "};
        for (int page = 0; page < 20; page++) {
            List<Drawn> plain = new ArrayList<>();
            drawn.clear();
            for (int i = 0; i < 3000; i++) {
                String text = texts[random.nextInt(texts.length)];
                float width = random.nextInt(20) == 0 ? 40 + random.nextInt(200) : 2 + random.nextFloat() * 8;
                float x;
                float y;
                if (!plain.isEmpty() && random.nextInt(4) == 0) { // near an earlier glyph: fake bold, shadows
                    Drawn earlier = plain.get(random.nextInt(plain.size()));
                    x = earlier.x + (random.nextFloat() - 0.5f) * 6;
                    y = earlier.y + (random.nextFloat() - 0.5f) * 6;
                } else {
                    x = random.nextFloat() * 600;
                    y = random.nextFloat() * 850;
                }
                TextPosition glyph = new TextPosition(0, 595, 842, Matrix.getTranslateInstance(x, y), x + width, y, 10,
                        width, 3, text, new int[] {text.charAt(0)}, null, 12, 12);
                boolean expected = drawnAgainPlainly(plain, text, glyph.getX(), glyph.getY(), glyph.getWidth());
                assertThat(drawn.drawnAgain(glyph)).as("glyph %d of page %d", i, page).isEqualTo(expected);
            }
        }
    }
}
