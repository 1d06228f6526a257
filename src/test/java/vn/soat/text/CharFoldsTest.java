package vn.soat.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The per-character tables give what one {@link Normalizer} pass over the whole text gives, for any text. */
class CharFoldsTest {

    private static final String VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
            + "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ";

    @Test
    void everyCharacterAloneFoldsAsTheWholeTextWould() {
        for (char c = 0; c < 0x2100; c++) {
            String one = "x" + c + "y";
            assertThat(VietText.fold(one)).as("U+%04X", (int) c).isEqualTo(VietText.foldSlowly(one));
            assertThat(VietText.foldInPlace(one)).as("U+%04X in place", (int) c).isEqualTo(inPlaceSlowly(one));
        }
    }

    @Test
    void mixedTextFoldsAsTheWholeTextWould() {
        String alphabet = VIETNAMESE + " \t\n\r\u000B\f\u00A0\u001C\u0301\u0300\u0323\u0303\u0309ΣσİıﬁǅÆæ가\u2003\u1680.,;:-–/()0123456789";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = random.nextBoolean() ? text.toString() : Normalizer.normalize(text, Normalizer.Form.NFD);
            assertThat(VietText.fold(s)).as("fold of [%s]", s).isEqualTo(VietText.foldSlowly(s));
            assertThat(VietText.foldInPlace(s)).as("in place of [%s]", s).isEqualTo(inPlaceSlowly(s));
        }
    }

    @Test
    void foldOfAVietnameseHeading() {
        assertThat(VietText.fold("  CỘNG HÒA  XÃ HỘI\tCHỦ NGHĨA VIỆT NAM ")).isEqualTo("cong hoa xa hoi chu nghia viet nam");
        assertThat(VietText.fold("Σ")).isEqualTo("σ");
    }

    /** {@link VietText#foldInPlace} as it was written before the tables: one Normalizer call per character. */
    private static String inPlaceSlowly(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            if (nfc.charAt(i) < 0x80) {
                out.append(Character.toLowerCase(nfc.charAt(i)));
                continue;
            }
            char base = Normalizer.normalize(String.valueOf(nfc.charAt(i)), Normalizer.Form.NFD).charAt(0);
            out.append(Character.toLowerCase(base == 'đ' || base == 'Đ' ? 'd' : base));
        }
        return out.toString();
    }
}
