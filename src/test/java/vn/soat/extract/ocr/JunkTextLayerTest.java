package vn.soat.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The must-be-junk / must-be-text table of {@link JunkTextLayer}. */
class JunkTextLayerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // a scanner's Latin-only OCR of a Vietnamese header: marks lost, letters and digits confused
        "UBND HUYEN DINH HOA CONG HOA XA HOI CHU NGHIA VIET NAM\ns6.fi,lL /eD-UBND Doc l,ap - Tu do - Hanh phuc\n"
            + "Phu Dinh, ng,ay 25 th6ang 11 n;am 2024 BAO CAO K,et qu;a c6ong t;ac d6oi ngo,ai",
        // marks stripped, the words themselves intact: still unusable for a Vietnamese parser
        "CONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\nThuc hien Cong van so 7253/UBND-VP "
            + "ngay 08/11/2024 cua UBND huyen Dinh Hoa ve viec xay dung bao cao cong tac doi ngoai nam 2024",
        // mostly non-words
        "I1l !i,. ;;fl 6e.e ,,l1 fi,fl Il.1 e6,6 ;l;; .fi. 1,I,l i;e e,,6 lI1. f,i,f Ll.6 ,e,e l;1; 6,l, fi;; ,Il"
    })
    void latinOnlyLayersOfVietnamesePagesAreJunk(String text) {
        assertThat(JunkTextLayer.isJunk(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a Vietnamese page as Word exports it
        "UBND HUYỆN ĐỊNH HÓA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 52/BC-UBND\tPhú Đình, ngày 25 tháng 11 năm 2024\n"
            + "Thực hiện Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa",
        // a page of figures with few words
        "STT | Chỉ tiêu | 2023 | 2024\n1 | Đoàn ra | 12 | 15\n2 | Đoàn vào | 30 | 41\n3 | Hội nghị quốc tế | 2 | 4",
        // too little to judge (a page number, a signature line)
        "Trang 2",
        "- Lưu: VT, VP.",
        // an English page: no Vietnamese syllables, real words
        "The delegation visited the province in March and signed a memorandum on education and trade cooperation "
            + "with the provincial people's committee, followed by a visit to the border gate."
    })
    void usableLayersAreKept(String text) {
        assertThat(JunkTextLayer.isJunk(text)).as(text).isFalse();
    }

    /** The counts from the text as it came are those from its NFD form, or the text is decomposed after all. */
    private static void assertSameCounts(String text) {
        JunkTextLayer.Counts composed = JunkTextLayer.Counts.ofComposed(text);
        if (composed != null) {
            assertThat(composed).as(text).isEqualTo(JunkTextLayer.Counts.ofDecomposed(Normalizer.normalize(text, Normalizer.Form.NFD)));
        }
    }

    @Test
    void everyCharacterCountsAsItsDecomposedForm() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            assertSameCounts("a" + one + "b " + one + " " + one + one);
        }
    }

    @Test
    void everyTextFixtureLineAndPageCountsAsItsDecomposedForm() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            texts = files.filter(f -> f.toString().endsWith(".txt")).toList();
        }
        assertThat(texts).hasSizeGreaterThan(20);
        for (Path file : texts) {
            String page = new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // a few are in legacy encodings
            assertSameCounts(page);
            assertSameCounts(Normalizer.normalize(page, Normalizer.Form.NFD));
            page.lines().forEach(JunkTextLayerTest::assertSameCounts);
        }
    }

    @Test
    void textsOutsideTheTableAreDecomposedAndJudgedAlike() {
        // Hangul decomposes into several letters, an emoji is a surrogate pair: both are decomposed.
        assertThat(JunkTextLayer.Counts.ofComposed("한국 đoàn")).isNull();
        assertThat(JunkTextLayer.Counts.ofComposed("đoàn 😀")).isNull();
        Random random = new Random(7);
        String alphabet = "aăâeêioôơuưyđAĂÂĐ\u0300\u0301\u0303\u0309\u0323 \t\n,.-/0123456789한😀ǅﬁ";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameCounts(text.toString());
        }
    }
}
