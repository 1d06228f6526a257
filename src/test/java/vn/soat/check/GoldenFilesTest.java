package vn.soat.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.node.ObjectNode;
import vn.soat.Fixtures;
import vn.soat.render.Json;

/**
 * Each seed and clean report has its expected result committed next to it as
 * {@code <name>.expected.json}. A rule change shows up here as a diff to review. Run with
 * {@code -Dsoat.updateGolden=true} to rewrite the files after reviewing the change; a document
 * without its golden file fails until one is written that way.
 */
class GoldenFilesTest {

    private static final List<Path> FOLDERS = List.of(Fixtures.ROOT.resolve("seeds"), Fixtures.ROOT.resolve("clean"),
            Fixtures.ROOT.resolve("documents"));

    @TestFactory
    Stream<DynamicTest> resultsMatchTheirGoldenFiles() {
        boolean update = Boolean.getBoolean("soat.updateGolden");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path folder : FOLDERS) {
            for (Path document : Fixtures.list(folder)) {
                String name = document.getFileName().toString();
                if (name.endsWith(".expected.json") || name.endsWith(".md")) {
                    continue;
                }
                Path golden = folder.resolve(name.replaceFirst("\\.[a-z]+$", "") + ".expected.json");
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    String actual = stable(Fixtures.check(document));
                    if (update) {
                        Files.writeString(golden, actual);
                    }
                    assertThat(golden).as("golden file of %s: review the result, then write it with -Dsoat.updateGolden=true",
                            name).exists();
                    assertThat(actual).as("result of %s (golden file %s)", name, golden).isEqualTo(Files.readString(golden));
                }));
            }
        }
        return tests.stream();
    }

    private static final ObjectMapper EXACT_TREE = Json.MAPPER.rebuild()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    /** The result without what changes from run to run (time, duration) or with any rule edit (the rules' hash). */
    static String stable(CheckResult result) throws IOException {
        // Exact decimals: a figure of 310 stays 310 in the tree, not 3.1E+2, as the CLI and the API write it.
        ObjectNode node = EXACT_TREE.valueToTree(result);
        node.remove("checkedAt");
        node.remove("durationMs");
        node.remove("rulesVersion");
        return Json.MAPPER.writeValueAsString(node) + "\n";
    }
}
