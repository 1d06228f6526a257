package vn.soat.parse.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.soat.parse.claims.Texts.paragraph;

import org.junit.jupiter.api.Test;
import vn.soat.model.QuantityStatement;

class QuantitiesTest {

    @Test
    void aNumberAndANoneShareTheirKey() {
        QuantityStatement some = Quantities.in(paragraph(1, "II.3", "Số trường hợp bị bắt giữ trái phép: 19.")).get(0);
        QuantityStatement none = Quantities.in(paragraph(9, "II.5", "Không có trường hợp bị bắt giữ trái phép.")).get(0);
        assertThat(some.value()).isEqualTo(19);
        assertThat(none.none()).isTrue();
        assertThat(none.key()).isEqualTo(some.key()).isEqualTo("truong hop bi bat giu");
        assertThat(none.topSection()).isEqualTo(some.topSection()).isEqualTo("II");
    }

    @Test
    void fourWordsDoNotNameAQuantity() {
        assertThat(Quantities.in(paragraph("Xác minh 02 trường hợp công dân."))).isEmpty();
    }

    @Test
    void zeroIsNotSome() {
        assertThat(Quantities.in(paragraph("Có 0 trường hợp bị bắt giữ trái phép."))).isEmpty();
    }
}
