package vn.soat.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.soat.Fixtures;
import vn.soat.check.CheckPipeline;
import vn.soat.check.CheckResult;
import vn.soat.check.CoverageItem;
import vn.soat.cli.Cli;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

class ProfileCatalogueTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "000_trieu-son-doi-ngoai-6-thang-2022.txt, doi-ngoai-6-thang",
        "001_trieu-son-thong-tin-doi-ngoai-6-thang-2022.txt, thong-tin-doi-ngoai",
        "002_nga-son-doi-ngoai-2019.txt, doi-ngoai-nam",
        "003_ha-tinh-sngv-kiem-diem-2022.txt, generic",
        "004_boc-nhieu-doi-ngoai-2024.txt, doi-ngoai-nam"})
    void seedsAreDetectedAsOutlinesSays(String seed, String profile) {
        CheckResult result = Fixtures.check(Fixtures.ROOT.resolve("seeds").resolve(seed));
        assertThat(result.profile()).isEqualTo(profile);
        assertThat(result.profileDetected()).isTrue();
    }

    @Test
    void aNamedProfileOverridesDetection() {
        CheckResult result = Fixtures.check(Fixtures.ROOT.resolve("seeds/003_ha-tinh-sngv-kiem-diem-2022.txt"),
                Optional.of("doi-ngoai-nam"));
        assertThat(result.profile()).isEqualTo("doi-ngoai-nam");
        assertThat(result.profileDetected()).isFalse();
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("STR_SECTION_MISSING"));
    }

    @Test
    void anUnknownProfileIsABadArgumentOnTheCommandLine() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "check", "--profile", "khong-co",
                "fixtures/seeds/002_nga-son-doi-ngoai-2019.txt");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("soát: không có mẫu đề cương \"khong-co\"");
    }

    @Test
    void aNewProfileNeedsOneFileAndNoJavaChange() throws IOException {
        copyRules(dir);
        Files.copy(Path.of("fixtures/profiles/kiem-diem-chi-dao.yaml"), dir.resolve("profiles/kiem-diem-chi-dao.yaml"));
        CheckPipeline pipeline = CheckPipeline.load(RuleFiles.in(dir));
        CheckResult result = pipeline.check(new vn.soat.ingest.Submission("003.txt",
                Files.readAllBytes(Path.of("fixtures/seeds/003_ha-tinh-sngv-kiem-diem-2022.txt"))), Optional.empty());
        assertThat(result.profile()).isEqualTo("kiem-diem-chi-dao");
        assertThat(result.coverage()).extracting(CoverageItem::itemId, CoverageItem::covered).contains(
                org.assertj.core.groups.Tuple.tuple("chi-dao", true),
                org.assertj.core.groups.Tuple.tuple("cai-cach-hanh-chinh", false));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("STR_SECTION_MISSING"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("Cải cách hành chính"));
    }

    @Test
    void aMalformedProfileStopsLoadingWithItsFileName() throws IOException {
        copyRules(dir);
        Files.writeString(dir.resolve("profiles/hong.yaml"), "id: hong\nname: Hỏng\norder: 3\ndetect: [[\"x\"]]\nitems:\n  - name: Không có mã\n");
        assertThatThrownBy(() -> CheckPipeline.load(RuleFiles.in(dir)).rules())
                .isInstanceOf(RuleLoadException.class)
                .hasMessageContaining("profiles/hong.yaml")
                .hasMessageContaining("thiếu id");
    }

    @Test
    void aProfileWithAnUnknownFieldIsRefused() throws IOException {
        copyRules(dir);
        Files.writeString(dir.resolve("profiles/typo.yaml"), "id: typo\nname: Typo\norder: 3\ndetec: [[\"x\"]]\n");
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--rules", dir.toString(), "profiles");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("profiles/typo.yaml").contains("detec");
    }

    @Test
    void soatProfilesListsProfilesAndItems() {
        StringWriter out = new StringWriter();
        assertThat(Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "profiles")).isZero();
        assertThat(out.toString()).contains("doi-ngoai-nam", "doi-ngoai-6-thang", "thong-tin-doi-ngoai", "generic",
                "Lãnh sự và bảo hộ công dân");
    }

    private static void copyRules(Path target) throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
    }
}
