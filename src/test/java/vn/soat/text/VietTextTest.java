package vn.soat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietTextTest {

    @Test
    void foldingDropsAccentsCaseAndExtraSpaces() {
        assertThat(VietText.fold("  ỦY BAN  nhân dân\tĐắk Lắk ")).isEqualTo("uy ban nhan dan dak lak");
    }

    @Test
    void wordsKeepOnlyLettersAndDigitsBetweenSingleSpaces() {
        assertThat(VietText.words("Sở Nội vụ, tỉnh Đắk Lắk")).isEqualTo("so noi vu tinh dak lak");
        assertThat(VietText.words("UBND-xã (Số 12/QĐ)")).isEqualTo("ubnd xa so 12 qd");
        assertThat(VietText.words(" … ")).isEmpty();
    }
}
