package vn.soat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A user's mistake on the command line is one clear line and exit 2, never an "unexpected error". */
class CliMistakesTest {

    private static final String SEED = "fixtures/seeds/002_nga-son-doi-ngoai-2019.txt";

    @Test
    void anOutputFileInAFolderThatDoesNotExist() {
        CliRun run = CliRun.of("check", "--out", "target/no-such-folder/x/y.json", SEED);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("target/no-such-folder/x/y.json").doesNotContain("không mong đợi").doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void theCatalogueHasNoSarifOrHtmlForm() {
        assertThat(CliRun.of("rules", "--format", "sarif").status()).isEqualTo(2);
        assertThat(CliRun.of("rules", "--format", "html").status()).isEqualTo(2);
        assertThat(CliRun.of("rules", "--format", "json").status()).isZero();
    }
}
