package vn.soat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code \b} as Java 17 reads it, on whichever Java runs the test. */
class RegexTest {

    @Test
    void aBoundaryAfterAVietnameseLetterIsAWordBoundary() {
        assertThat(Regex.compile("về\\b").matcher("về việc").lookingAt()).isTrue();
        assertThat(Regex.compile("\\bVT\\b|\\bvăn thư\\b").matcher("- Lưu: văn thư.").find()).isTrue();
        assertThat(Regex.compile("(?iu:NĂM)\\b").matcher("PHẦN THỨ NĂM: KẾT QUẢ").find()).isTrue();
    }

    @Test
    void noBoundaryInsideAVietnameseWord() {
        assertThat(Regex.compile("\\bv\\b").matcher("về").find()).isFalse();
        assertThat(Regex.compile("Hà\\b").matcher("Hàn Quốc").find()).isFalse();
        assertThat(Regex.compile("o\\B").matcher("ồn").find()).isFalse();
        assertThat(Regex.compile("\\Bn").matcher("ồn").find()).isTrue();
    }

    @Test
    void onlyBoundariesOutsideClassesAndQuotesAreWrittenOut() {
        assertThat(Regex.portable("a\\\\b")).isEqualTo("a\\\\b");
        assertThat(Regex.portable("\\Qa\\b\\E\\b")).isEqualTo("\\Qa\\b\\E" + Regex.BOUNDARY);
        assertThat(Regex.portable("[\\b]\\d")).isEqualTo("[\\b]\\d");
        assertThat(Regex.portable("x\\B")).isEqualTo("x" + Regex.NOT_BOUNDARY);
    }
}
