package vn.soat.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soat.cli.Cli;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

class RuleBaseTest {

    @TempDir
    Path dir;

    @Test
    void aRuleThatDoesNotCompileIsReportedWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), """
                package soat.broken;
                import vn.soat.model.*;

                rule "FMT_X: broken"
                    @id("FMT_X") @category("FORMAT") @severity("ERROR") @ref("x") @message("m") @messageEn("m")
                when
                    $d : Document( noSuchProperty == 3 )
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.load(RuleFiles.in(dir)))
                .isInstanceOf(RuleLoadException.class)
                .hasMessageContaining("broken.drl:7");
    }

    @Test
    void aRuleWithoutItsMetadataStopsLoading() throws IOException {
        Files.writeString(dir.resolve("bare.drl"), """
                package soat.bare;
                import vn.soat.model.*;

                rule "FMT_Y: no metadata"
                    @id("FMT_Y") @category("FORMAT")
                when
                    $d : Document()
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.load(RuleFiles.in(dir)))
                .isInstanceOf(RuleLoadException.class)
                .hasMessageContaining("FMT_Y: no metadata")
                .hasMessageContaining("@severity");
    }

    @Test
    void theCommandLineStopsWithExitTwoAndOneMessageOnABrokenRule() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package soat.broken;\nrule \"x\" when then\n");
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--rules", dir.toString(), "rules");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("soát: ").contains("broken.drl").doesNotContain("\tat ");
    }

    @Test
    void theJarCarriesItsOwnCopyOfTheRules() {
        RuleBase packaged = RuleBase.load(RuleFiles.packaged());
        RuleBase local = RuleBase.load(RuleFiles.in(Path.of("rules")));
        assertThat(packaged.catalogue()).isEqualTo(local.catalogue());
    }
}
