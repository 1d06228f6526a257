package vn.soat.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietNumberTest {

    @Test
    void readsVietnameseFormats() {
        assertThat(VietNumber.parse("1.169")).contains(new BigDecimal("1169"));
        assertThat(VietNumber.parse("5,03")).contains(new BigDecimal("5.03"));
        assertThat(VietNumber.parse("12.500.000.000")).contains(new BigDecimal("12500000000"));
        assertThat(VietNumber.parse("2.690,67")).contains(new BigDecimal("2690.67"));
        assertThat(VietNumber.parse("01")).contains(new BigDecimal("01"));
    }

    @Test
    void refusesWhatIsNotVietnameseFormat() {
        assertThat(VietNumber.parse("5.03")).isEmpty();
        assertThat(VietNumber.parse("1,169.5")).isEmpty();
        assertThat(VietNumber.parse("12a")).isEmpty();
    }

    @Test
    void readsSmallNumberWords() {
        assertThat(VietNumber.parseWords("ba")).contains(3);
        assertThat(VietNumber.parseWords("mười")).contains(10);
        assertThat(VietNumber.parseWords("mười lăm")).contains(15);
        assertThat(VietNumber.parseWords("hai mươi")).contains(20);
        assertThat(VietNumber.parseWords("hai mươi mốt")).contains(21);
        assertThat(VietNumber.parseWords("bảy mươi tư")).contains(74);
        assertThat(VietNumber.parseWords("đoàn")).isEmpty();
    }

    @Test
    void formatThenParseGivesTheSameValue() {
        Random random = new Random(20260101L);
        for (int i = 0; i < 5_000; i++) {
            int decimals = random.nextInt(4);
            BigDecimal value = BigDecimal.valueOf(Math.abs(random.nextLong()) % 100_000_000_000L, decimals);
            String written = VietNumber.format(value, decimals);
            assertThat(VietNumber.parse(written)).as(written).hasValueSatisfying(
                    parsed -> assertThat(parsed).isEqualByComparingTo(value));
            assertThat(VietNumber.decimals(written)).isEqualTo(decimals);
        }
    }
}
