package vn.soat.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.soat.rulesdir.RuleFiles;

/** The must-match and must-not-match tables of the patterns that read a signature block. */
class SignatureTextTest {

    private static final TitleRegistry TITLES = new TitleRegistry(IssuerCatalogue.load(RuleFiles.in(Path.of("rules"))));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nguyễn Văn A|Nguyễn Văn A|", "HOÀNG VĂN BÌNH|HOÀNG VĂN BÌNH|", "TS. Lê Hà|Lê Hà|TS",
        "ThS. Trần Thị Mai|Trần Thị Mai|ThS", "Đại tướng Phan Văn Giang|Phan Văn Giang|",
        "Thiếu tá Lê Văn Nam|Lê Văn Nam|"})
    void namesAreRead(String text, String name, String academic) {
        assertThat(PersonName.parse(text)).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo(name);
            assertThat(p.academicTitle()).isEqualTo(academic == null ? "" : academic);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đã ký", "(Đã ký)", "Nơi nhận:", "Lê", "- Lưu: VT."})
    void notNames(String text) {
        assertThat(PersonName.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PHÓ CHỦ NHIỆMNguyễn Văn A|PHÓ CHỦ NHIỆM|Nguyễn Văn A", "GIÁM ĐỐCLê Thị Hà|GIÁM ĐỐC|Lê Thị Hà",
        "(Đã ký)Nguyễn Văn A|Nguyễn Văn A|", "Đã ký Nguyễn Văn A|Nguyễn Văn A|", "Nguyễn Văn A (đã ký)|Nguyễn Văn A|",
        "Nguyễn Văn A|Nguyễn Văn A|", "PHÓ CHỦ TỊCH|PHÓ CHỦ TỊCH|", "UBND xã Phú Đình|UBND xã Phú Đình|"})
    void gluedTitlesAndPlaceholdersAreCutApart(String text, String first, String second) {
        List<String> texts = SignatureLines.of(List.of(Unit.of(0, text, 1, 1, 0, text.length())), TITLES).stream()
                .map(Unit::text).toList();
        assertThat(texts).containsExactlyElementsOf(second == null ? List.of(first) : List.of(first, second));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(Đã ký)", "(đã ký)", "[daky]", "Đã ký", "(Chữ ký, dấu)", "[image]"})
    void placeholders(String text) {
        assertThat(SignatureLines.isPlaceholder(Unit.of(0, text, 1, 1, 0, text.length()))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn A", "Đã ký kết 03 thỏa thuận", "GIÁM ĐỐC"})
    void notPlaceholders(String text) {
        assertThat(SignatureLines.isPlaceholder(Unit.of(0, text, 1, 1, 0, text.length()))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BỘ TRƯỞNG, CHỦ NHIỆM", "THỨ TRƯỞNG, PHÓ CHỦ NHIỆM", "CHÁNH VĂN PHÒNG", "VIỆN TRƯỞNG",
        "CHỈ HUY TRƯỞNG", "TỔNG THANH TRA", "THỐNG ĐỐC", "KT BỘ TRƯỞNG", "TM ỦY BAN NHÂN DÂN", "CỤC TRƯỞNG CỤC LÃNH SỰ"})
    void titles(String text) {
        assertThat(TITLES.isTitle(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I. KẾT QUẢ TĂNG TRƯỞNG", "ỦY BAN NHÂN DÂN", "KT XÃ HỘI", "Nguyễn Văn A", "TỔNG CỘNG",
        "PHỤ LỤC"})
    void notTitles(String text) {
        assertThat(TITLES.isTitle(text)).isFalse();
    }
}
