package vn.soat.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.soat.profile.Syllables.Syllable;
import vn.soat.text.VietText;

/** The syllables of a text, and the cheap tests that stand in for regexes on the way (checked against them). */
class SyllablesTest {

    private static final List<String> PERIODS = List.of("Kết quả 6 tháng đầu năm 2025", "quý III năm nay",
            "Phương hướng nhiệm vụ 6 tháng cuối năm", "kỳ báo cáo", "giai đoạn 2021 - 2025", "thời gian tới",
            "đầu năm", "năm kế tiếp", "9 tháng", "sáu tháng đầu năm", "quý 4", "kỳ tiếp theo", "năm 2024-2025");

    /** Every line of the text fixtures, and the period phrases above. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(PERIODS);
        for (String dir : List.of("fixtures/seeds", "fixtures/clean", "fixtures/field", "fixtures/holdout-3")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    texts.addAll(Files.readAllLines(file));
                }
            }
        }
        return texts;
    }

    private static String foldedAsRead(String text) {
        String marked = VietText.modernTones(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        return VietText.foldInPlace(marked);
    }

    @Test
    void periodPhrasesAreLeftOutOfTheSyllables() {
        assertThat(Syllables.of("Kết quả 6 tháng đầu năm 2025").stream().map(Syllable::folded)).containsExactly("ket", "qua");
        assertThat(Syllables.of("Công tác lãnh sự, bảo hộ công dân").stream().map(Syllable::marked))
                .containsExactly("lãnh", "sự", "bảo", "hộ", "công", "dân");
        assertThat(Syllables.of("Công tác lãnh sự, bảo hộ công dân").get(2).joined()).isTrue();
        assertThat(Syllables.of("Mục II. Hợp tác với 𝐇àn Quốc").stream().map(Syllable::folded))
                .containsExactly("muc", "hop", "tac", "𝐇an", "quoc");
    }

    @Test
    void aTextThePeriodRegexFindsAnythingInIsNeverSkipped() throws IOException {
        int withPeriods = 0;
        for (String text : texts()) {
            String folded = foldedAsRead(text);
            if (Syllables.PERIOD.matcher(folded).find()) {
                withPeriods++;
                assertThat(Syllables.mayHoldAPeriod(folded)).as(text).isTrue();
            }
        }
        assertThat(withPeriods).isGreaterThan(100);
    }

    @Test
    void wordPartsAreTheRegexClassOfLettersMarksAndNumbers() {
        Pattern wordPart = Pattern.compile("[\\p{L}\\p{M}\\p{N}]");
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (wordPart.matcher(Character.toString(c)).matches() != Syllables.isWordPart(c)) {
                assertThat(Syllables.isWordPart(c)).as("U+%04X", c).isEqualTo(!Syllables.isWordPart(c));
            }
        }
    }

    @Test
    void numeralsAreDigitsOrRomanLetters() throws IOException {
        Pattern numeral = Pattern.compile("\\d+|[ivx]+");
        List<String> words = new ArrayList<>(List.of("", "12", "iv", "xvi", "vii2", "x", "١٢", "vì", "ii."));
        for (String text : texts()) {
            words.addAll(List.of(VietText.fold(text).split("[^\\p{L}\\p{N}]+")));
        }
        for (String word : words) {
            assertThat(Syllables.isNumeral(word)).as(word).isEqualTo(numeral.matcher(word).matches());
        }
    }
}
