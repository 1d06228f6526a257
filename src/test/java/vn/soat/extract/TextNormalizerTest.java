package vn.soat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void decomposedVietnameseIsComposed() {
        assertThat(TextNormalizer.normalize("Vie\u0302\u0323t Nam")).isEqualTo("Việt Nam");
    }

    @Test
    void unusualSpacesAndHyphensBecomeOrdinaryOnes() {
        assertThat(TextNormalizer.normalize("Số:\u00A012/BC\u2011UBND\u2009ngày\u202F5")).isEqualTo("Số: 12/BC-UBND ngày 5");
        assertThat(TextNormalizer.normalize("a\u2007b\u2002c\u2003d\u2010e")).isEqualTo("a b c d-e");
    }

    @Test
    void wordBulletsFromSymbolFontsBecomeABullet() {
        assertThat(TextNormalizer.normalize("\uF0B7 Một\n\uF0A7 Hai\n\uF076\uF0D8\uF0FC\uF06E")).isEqualTo("• Một\n• Hai\n••••");
    }

    @Test
    void invisibleCharactersAndCarriageReturnsAreDropped() {
        assertThat(TextNormalizer.normalize("\uFEFFbáo\u00ADcáo\u200B\r\n")).isEqualTo("báocáo\n");
    }

    @Test
    void textAlreadyPlainComesBackUnchanged() {
        String plain = "Kính gửi: Sở Ngoại vụ tỉnh\tSố: 12/BC-UBND";
        assertThat(TextNormalizer.normalize(plain)).isEqualTo(plain);
        assertThat(TextNormalizer.normalize("")).isEmpty();
        assertThat(TextNormalizer.normalize("\uFFFF")).isEqualTo("\uFFFF");
    }
}
