package vn.soat.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

/** How a profile declares indicators (docs/indicators.md), and what the loader refuses. */
class IndicatorDeclarationTest {

    private static final String FALLBACK = "id: chung\nname: Chung\norder: 99\nfallback: true\n";

    @TempDir
    Path dir;

    @Test
    void shippedOutlinesDeclareTheForeignAffairsFigures() {
        OutlineProfile year = ProfileCatalogue.load(RuleFiles.in(Path.of("rules"))).byId("doi-ngoai-nam").orElseThrow();

        List<String> ids = year.items().stream().flatMap(i -> i.items().stream()).flatMap(i -> i.indicators().stream())
                .map(IndicatorSpec::id).toList();

        assertThat(ids).containsExactly("doan-ra", "luot-nguoi-ra", "doan-vao", "luot-khach-vao", "thoa-thuan-quoc-te",
                "hoi-nghi-quoc-te", "du-an-pcpnn", "gia-tri-vien-tro-pcpnn", "bao-ho-cong-dan");
    }

    @Test
    void unitShorthandAndUnitsAreOneMap() throws IOException {
        write("""
                id: thu
                name: Thử
                order: 1
                detect: [["thử"]]
                items:
                  - id: ket-qua
                    name: Kết quả
                    indicators:
                      - id: doan-ra
                        name: Số đoàn ra
                        unit: đoàn
                        units: {đoàn: ["đoàn công tác"]}
                        words: ["đoàn ra"]
                      - id: gia-tri
                        name: Giá trị
                        kind: amount
                        units: {VND: ["đồng"], USD: ["USD"]}
                        words: ["giá trị"]
                """);

        List<IndicatorSpec> specs = ProfileCatalogue.load(RuleFiles.in(dir)).byId("thu").orElseThrow().items().get(0).indicators();

        assertThat(specs.get(0).units()).isEqualTo(Map.of("đoàn", List.of("đoàn", "đoàn công tác")));
        assertThat(specs.get(0).isAmount()).isFalse();
        assertThat(specs.get(1).isAmount()).isTrue();
        assertThat(specs.get(1).units().keySet()).containsExactly("VND", "USD");
    }

    @Test
    void anIndicatorWithoutWordsOrUnitOrWithAnotherKindIsRefusedWithItsFile() throws IOException {
        String item = "id: thu\nname: Thử\norder: 1\ndetect: [[\"thử\"]]\nitems:\n  - id: ket-qua\n    name: Kết quả\n    indicators:\n";
        write(item + "      - {id: doan-ra, name: Số đoàn ra, unit: đoàn}\n");
        assertThatThrownBy(() -> ProfileCatalogue.load(RuleFiles.in(dir))).isInstanceOf(RuleLoadException.class)
                .hasMessageContaining("profiles/thu.yaml").hasMessageContaining("chỉ tiêu \"doan-ra\" thiếu words");

        write(item + "      - {id: doan-ra, name: Số đoàn ra, words: [đoàn ra]}\n");
        assertThatThrownBy(() -> ProfileCatalogue.load(RuleFiles.in(dir))).hasMessageContaining("thiếu unit");

        write(item + "      - {id: doan-ra, name: Số đoàn ra, unit: đoàn, kind: tien, words: [đoàn ra]}\n");
        assertThatThrownBy(() -> ProfileCatalogue.load(RuleFiles.in(dir))).hasMessageContaining("kind phải là count hoặc amount");

        write(item + "      - {id: doan-ra, name: A, unit: đoàn, words: [a]}\n      - {id: doan-ra, name: B, unit: đoàn, words: [b]}\n");
        assertThatThrownBy(() -> ProfileCatalogue.load(RuleFiles.in(dir))).hasMessageContaining("bị trùng");
    }

    private void write(String profile) throws IOException {
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/chung.yaml"), FALLBACK);
        Files.writeString(dir.resolve("profiles/thu.yaml"), profile);
    }
}
