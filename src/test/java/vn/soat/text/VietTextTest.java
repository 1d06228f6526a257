package vn.soat.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
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

    @Test
    void oldToneMarksAreMovedAndTheQuickTestNeverMissesOne() {
        assertThat(VietText.modernTones("Thanh Hoá, Khánh Hoà, thuý")).isEqualTo("Thanh Hóa, Khánh Hòa, thúy");
        for (String text : List.of("hoà", "Hoà Bình", "thuỷ", "HOÀ", "khoẻ mạnh", "Uý ban", "hoạ", "hoà.", "hòa", "hoàng")) {
            String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
            if (VietText.OLD_TONE.matcher(nfc).find()) {
                assertThat(VietText.mayHaveOldTone(nfc)).as(text).isTrue();
            }
        }
        assertThat(VietText.mayHaveOldTone("Kết luận thanh tra")).isFalse();
    }
}
