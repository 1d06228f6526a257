package vn.soat.parse.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.soat.parse.claims.Texts.paragraph;

import org.junit.jupiter.api.Test;

/** Ratios, parts of a stated whole and shares of one whole: the three percentage detectors. */
class PercentagesTest {

    @Test
    void aWrittenRatioIsComparedWithItsPercentage() {
        assertThat(Ratios.in(paragraph("Hoàn thành 05/08 (tỷ lệ 73%) chỉ tiêu."))).singleElement().satisfies(p -> {
            assertThat(p.computedText()).isEqualTo("62,5%");
            assertThat(p.deviation()).isGreaterThan(p.tolerance());
        });
        assertThat(Ratios.in(paragraph("Hoàn thành 06/09 vụ việc (đạt 67%)."))).singleElement()
                .satisfies(p -> assertThat(p.deviation()).isLessThan(p.tolerance()));
    }

    @Test
    void aRatioAboveOneIsNoRatio() {
        assertThat(Ratios.in(paragraph("Đạt 9/8 (tỷ lệ 112%)."))).isEmpty();
    }

    @Test
    void aPartIsComparedWithTheWholeStatedBeforeIt() {
        Paragraph section = Paragraph.join(java.util.List.of(paragraph(1, "I", "Xã có tổng số 1.169 hộ."),
                paragraph(2, "I", "Số hộ nghèo còn 60 hộ = 6,03%.")));
        assertThat(PartsOfWhole.in(section)).singleElement().satisfies(p -> {
            assertThat(p.baseClause()).isEqualTo(" trên tổng số 1.169 hộ");
            assertThat(p.computedText()).isEqualTo("5,13%");
            assertThat(p.location().line()).isEqualTo(2);
        });
    }

    @Test
    void aPartOfAnotherUnitIsNotComparedWithTheWhole() {
        assertThat(PartsOfWhole.in(paragraph("Tổng số 1.169 hộ; 60 người = 6%."))).isEmpty();
    }

    @Test
    void sharesOfOneWholeAreSummed() {
        assertThat(Shares.in(paragraph("Cơ cấu kinh tế: nông nghiệp 65%; công nghiệp 15%; dịch vụ 25%."))).singleElement()
                .satisfies(s -> {
                    assertThat(s.sum()).isEqualTo(105);
                    assertThat(s.sharesText()).isEqualTo("65% + 15% + 25%");
                });
        assertThat(Shares.in(paragraph("Tỷ lệ hộ nghèo 5%; hộ cận nghèo 7%."))).isEmpty();
    }
}
