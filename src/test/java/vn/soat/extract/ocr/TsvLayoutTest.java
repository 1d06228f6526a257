package vn.soat.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TsvLayoutTest {

    private static final String HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    private static String word(int block, int line, int left, int top, int width, double conf, String text) {
        return "5\t1\t" + block + "\t1\t" + line + "\t1\t" + left + "\t" + top + "\t" + width + "\t40\t" + conf + "\t" + text + "\n";
    }

    @Test
    void columnsReadAsSeparateBlocksShareTheirRowWithATab() {
        String tsv = HEADER
                + word(1, 1, 300, 100, 150, 95, "UBND") + word(1, 1, 465, 102, 200, 95, "HUYỆN")
                + word(1, 2, 300, 160, 80, 95, "Số:") + word(1, 2, 395, 161, 250, 90, "52/BC-UBND")
                + word(2, 1, 1100, 104, 150, 96, "CỘNG") + word(2, 1, 1265, 104, 120, 96, "HÒA")
                + word(2, 2, 1100, 163, 100, 93, "Phú") + word(2, 2, 1215, 163, 120, 93, "Đình,");
        RecognisedPage page = TsvLayout.read(3, tsv);
        assertThat(page.page()).isEqualTo(3);
        assertThat(page.lines()).containsExactly("UBND HUYỆN\tCỘNG HÒA", "Số: 52/BC-UBND\tPhú Đình,");
        assertThat(page.words()).isEqualTo(8);
        assertThat(page.meanConfidence()).isCloseTo(94.125, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void unsureMarksWithoutLettersAreDustAndLeftOut() {
        String tsv = HEADER + word(1, 1, 300, 100, 150, 95, "BÁO") + word(1, 1, 465, 100, 150, 95, "CÁO")
                + word(1, 1, 900, 100, 4, 0, "_") + word(1, 1, 1000, 100, 6, 20, "¬¬")
                + word(1, 2, 300, 200, 30, 92, "-") + word(1, 2, 340, 200, 120, 93, "Lưu:");
        assertThat(TsvLayout.read(1, tsv).lines()).containsExactly("BÁO CÁO", "- Lưu:");
    }

    @Test
    void aPageWithoutWordsIsBlank() {
        RecognisedPage page = TsvLayout.read(1, HEADER + "1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t\n");
        assertThat(page.isBlank()).isTrue();
        assertThat(page.lines()).isEmpty();
    }

    @Test
    void aRomanNumberWhoseRepeatedLetterTesseractDroppedIsCountedOnTheImage() {
        int width = 200;
        int height = 60;
        byte[] pixels = new byte[width * height];
        Arrays.fill(pixels, (byte) 255);
        for (int stem : new int[] {20, 40, 60}) { // three I's, then a full stop at the foot of the line
            for (int y = 10; y < 50; y++) {
                for (int x = stem; x < stem + 6; x++) {
                    pixels[y * width + x] = 0;
                }
            }
        }
        for (int y = 44; y < 50; y++) {
            for (int x = 74; x < 80; x++) {
                pixels[y * width + x] = 0;
            }
        }
        String tsv = HEADER + "5\t1\t1\t1\t1\t1\t18\t10\t64\t40\t82\tII.\n";
        assertThat(TsvLayout.read(1, tsv, new PageImage(width, height, pixels)).lines()).containsExactly("III.");
        assertThat(TsvLayout.read(1, tsv).lines()).containsExactly("II.");
    }
}
