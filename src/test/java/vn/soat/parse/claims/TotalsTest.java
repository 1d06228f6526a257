package vn.soat.parse.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.soat.parse.claims.Texts.paragraph;

import org.junit.jupiter.api.Test;
import vn.soat.model.Breakdown;

class TotalsTest {

    @Test
    void partsExceedingTheirTotalAreReadAtTheTotalsLine() {
        assertThat(Totals.in(paragraph("Ký kết 13 thỏa thuận quốc tế,", "trong đó 3 thỏa thuận về giáo dục và 11 thỏa thuận về y tế.")))
                .singleElement().satisfies(b -> {
                    assertThat(b.total()).isEqualTo(13);
                    assertThat(b.sum()).isEqualTo(14);
                    assertThat(b.partsText()).isEqualTo("3 + 11");
                    assertThat(b.sumText()).isEqualTo("14 thỏa thuận");
                    assertThat(b.exhaustive()).isFalse();
                    assertThat(b.location().line()).isEqualTo(1);
                });
    }

    @Test
    void aSubsetAfterTrongDoIsNoClaim() {
        assertThat(Totals.in(paragraph("Đón 49 đoàn, trong đó 20 đoàn Lào."))).isEmpty();
    }

    @Test
    void aSplitAfterGomIsComplete() {
        assertThat(Totals.in(paragraph("Đón 03 đoàn vào, gồm 02 đoàn trong nước và 01 đoàn nước ngoài.")))
                .singleElement().satisfies(b -> {
                    assertThat(b.exhaustive()).isTrue();
                    assertThat(b.sum()).isEqualTo(b.total());
                });
        assertThat(Totals.in(paragraph("Đón 05 đoàn vào, gồm 02 đoàn Lào và 01 đoàn Thái Lan.")))
                .singleElement().extracting(Breakdown::sum).isEqualTo(3.0);
    }

    @Test
    void groupsSplitBySemicolonsThatAddUpTogetherAreNoClaim() {
        assertThat(Totals.in(paragraph("Có 10 đoàn, gồm 4 đoàn Lào; 6 đoàn Thái Lan."))).isEmpty();
    }

    @Test
    void numbersInParenthesesAreNotParts() {
        assertThat(Totals.in(paragraph("Có 3 đoàn, trong đó 2 đoàn Lào (15 đoàn viên) và 1 đoàn Thái Lan."))).isEmpty();
    }

    @Test
    void moneyInTheWritersScale() {
        assertThat(Totals.in(paragraph("Tổng giá trị 1.950 triệu đồng, trong đó 1.200 triệu đồng và 900 triệu đồng.")))
                .singleElement().satisfies(b -> assertThat(b.sumText()).isEqualTo("2.100 triệu đồng"));
    }
}
