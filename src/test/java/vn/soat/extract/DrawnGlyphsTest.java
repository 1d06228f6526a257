package vn.soat.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
}
