package vn.soat.text;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.soat.text.LegacyEncoders.ENGLISH;
import static vn.soat.text.LegacyEncoders.FRENCH;
import static vn.soat.text.LegacyEncoders.GERMAN;
import static vn.soat.text.LegacyEncoders.MOTTO;
import static vn.soat.text.LegacyEncoders.NATIONAL_TITLE;
import static vn.soat.text.LegacyEncoders.NATIONAL_TITLE_HOA_GRAVE_ON_A;
import static vn.soat.text.LegacyEncoders.PARAGRAPH;
import static vn.soat.text.LegacyEncoders.TCVN3_MOTTO;
import static vn.soat.text.LegacyEncoders.TCVN3_NATIONAL_TITLE;
import static vn.soat.text.LegacyEncoders.TCVN3_UPPER_TITLE;
import static vn.soat.text.LegacyEncoders.TCVN3_UPPER_TITLE_HOA;
import static vn.soat.text.LegacyEncoders.VNI_MOTTO;
import static vn.soat.text.LegacyEncoders.VNI_NATIONAL_TITLE;
import static vn.soat.text.LegacyEncoders.encode;
import static vn.soat.text.LegacyEncoders.encodeTcvn3;
import static vn.soat.text.LegacyEncoders.encodeVni;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.soat.text.LegacyVietnamese.Encoding;

/** The converter against independent encoders ({@link LegacyEncoders}): convert(encode(x)) == x cross-checks both tables. */
class LegacyVietnameseTest {

    @Test
    void tcvn3TableMatchesTheReferenceByteTable() {
        var byByte = LegacyEncoders.tcvn3ByByte();
        assertThat(byByte).hasSize(74);
        byByte.forEach((legacy, letter) -> assertThat(LegacyVietnamese.convert(String.valueOf(legacy), Encoding.TCVN3))
                .as("TCVN3 0x%X", (int) legacy)
                .isEqualTo(String.valueOf(letter)));
    }

    @Test
    void everyVietnameseLetterRoundTrips() {
        int tcvn3Letters = 0;
        for (String letter : LegacyEncoders.allVietnameseLetters()) {
            assertThat(LegacyVietnamese.convert(encodeVni(letter), Encoding.VNI)).as("VNI %s", letter).isEqualTo(letter);
            if (letter.equals(letter.toLowerCase(Locale.ROOT))) {
                assertThat(LegacyVietnamese.convert(encodeTcvn3(letter), Encoding.TCVN3))
                        .as("TCVN3 %s", letter).isEqualTo(letter);
                tcvn3Letters++;
            }
        }
        assertThat(tcvn3Letters).as("lowercase letters written in TCVN3").isEqualTo(73);
    }

    @Test
    void convertsNationalTitleAndMotto() {
        assertThat(LegacyVietnamese.convert(TCVN3_NATIONAL_TITLE, Encoding.TCVN3)).isEqualTo(NATIONAL_TITLE_HOA_GRAVE_ON_A);
        assertThat(LegacyVietnamese.convert(TCVN3_MOTTO, Encoding.TCVN3)).isEqualTo(MOTTO);
        assertThat(LegacyVietnamese.convert(VNI_NATIONAL_TITLE, Encoding.VNI)).isEqualTo(NATIONAL_TITLE);
        assertThat(LegacyVietnamese.convert(VNI_MOTTO, Encoding.VNI)).isEqualTo(MOTTO);
    }

    @Test
    void upperCaseFontKeepsTheToneWhereItWasTyped() {
        assertThat(LegacyVietnamese.convertUpperCase(TCVN3_UPPER_TITLE, Encoding.TCVN3))
                .isEqualTo("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(LegacyVietnamese.convertUpperCase(TCVN3_UPPER_TITLE_HOA, Encoding.TCVN3))
                .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @Test
    void paragraphRoundTripsAndIsDetected() {
        assertThat(PARAGRAPH.split("\\s+").length).isGreaterThanOrEqualTo(30);
        for (Encoding encoding : Encoding.values()) {
            String legacy = encode(PARAGRAPH, encoding);
            assertThat(legacy).isNotEqualTo(PARAGRAPH);
            assertThat(legacy.chars()).as(encoding + " is 8-bit").allMatch(c -> c <= 0xFF);
            assertThat(LegacyVietnamese.convert(legacy, encoding)).isEqualTo(PARAGRAPH);
            assertThat(LegacyVietnamese.detect(legacy)).contains(encoding);
        }
    }

    @Test
    void detectsLegacySamples() {
        assertThat(LegacyVietnamese.detect(TCVN3_NATIONAL_TITLE)).contains(Encoding.TCVN3);
        assertThat(LegacyVietnamese.detect(TCVN3_MOTTO)).contains(Encoding.TCVN3);
        assertThat(LegacyVietnamese.detect(TCVN3_NATIONAL_TITLE + "\n" + TCVN3_MOTTO)).contains(Encoding.TCVN3);
        assertThat(LegacyVietnamese.detect(TCVN3_UPPER_TITLE)).contains(Encoding.TCVN3);
        assertThat(LegacyVietnamese.detect(VNI_NATIONAL_TITLE)).contains(Encoding.VNI);
        assertThat(LegacyVietnamese.detect(VNI_MOTTO)).contains(Encoding.VNI);
        assertThat(LegacyVietnamese.detect(VNI_NATIONAL_TITLE + "\n" + VNI_MOTTO)).contains(Encoding.VNI);
        assertThat(LegacyVietnamese.detect(encodeVni(NATIONAL_TITLE.toUpperCase(Locale.ROOT)))).contains(Encoding.VNI);
    }

    @Test
    void detectsNothingInUnicodeOrOtherLanguages() {
        assertThat(LegacyVietnamese.detect("")).isEmpty();
        assertThat(LegacyVietnamese.detect(PARAGRAPH)).isEmpty();
        assertThat(LegacyVietnamese.detect(Normalizer.normalize(PARAGRAPH, Normalizer.Form.NFD))).isEmpty();
        assertThat(LegacyVietnamese.detect(NATIONAL_TITLE + "\n" + MOTTO)).isEmpty();
        assertThat(LegacyVietnamese.detect(ENGLISH)).isEmpty();
        assertThat(LegacyVietnamese.detect(FRENCH)).isEmpty();
        assertThat(LegacyVietnamese.detect(GERMAN)).isEmpty();
        assertThat(LegacyVietnamese.detect("Céng hoµ Nam")).as("too little evidence").isEmpty();
    }

    @Test
    void softHyphenIsUHorn() {
        assertThat(LegacyVietnamese.convert("n\u00ADíc", Encoding.TCVN3)).isEqualTo("nước");
        assertThat(LegacyVietnamese.convert("Tr\u00ADêng", Encoding.TCVN3)).isEqualTo("Trường");
    }

    @Test
    void otherCharactersPassThroughAndResultIsNfc() {
        String plain = "Report No. 12/BC-UBND, 25% [2024] - OK";
        for (Encoding encoding : Encoding.values()) {
            assertThat(LegacyVietnamese.convert(plain, encoding)).isEqualTo(plain);
        }
        assertThat(LegacyVietnamese.convert("AùNH", Encoding.VNI)).isEqualTo("ÁNH");
        assertThat(Normalizer.isNormalized(LegacyVietnamese.convert(TCVN3_NATIONAL_TITLE, Encoding.TCVN3),
                Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void encodingFromFontName() {
        assertThat(LegacyVietnamese.fromFontName(".VnTime")).contains(Encoding.TCVN3);
        assertThat(LegacyVietnamese.fromFontName(".VnTimeH")).contains(Encoding.TCVN3);
        assertThat(LegacyVietnamese.fromFontName("VNI-Times")).contains(Encoding.VNI);
        assertThat(LegacyVietnamese.fromFontName("Times New Roman")).isEmpty();
        assertThat(LegacyVietnamese.fromFontName("ABCDEF+.VnArialH,Bold")).contains(Encoding.TCVN3);
        assertThat(LegacyVietnamese.fromFontName(null)).isEmpty();
    }

    @Test
    void upperCaseFonts() {
        assertThat(LegacyVietnamese.isUpperCaseFont(".VnTimeH")).isTrue();
        assertThat(LegacyVietnamese.isUpperCaseFont(".VnArialH")).isTrue();
        assertThat(LegacyVietnamese.isUpperCaseFont("ABCDEF+.VnTimeH,Bold")).isTrue();
        assertThat(LegacyVietnamese.isUpperCaseFont(".VnTime")).isFalse();
        assertThat(LegacyVietnamese.isUpperCaseFont("VNI-Times")).isFalse();
        assertThat(LegacyVietnamese.isUpperCaseFont("Times New Roman")).isFalse();
    }
}
