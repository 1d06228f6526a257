package vn.soat.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A SARIF artifact URI must lead a code-scanning tool back to the file as it is spelt on disk. */
class SarifUriTest {

    @Test
    void aDecomposedVietnameseNameKeepsItsSpelling() {
        // "báo" with a combining acute (NFD, as macOS writes it) is another file than the NFC "báo" on Linux.
        assertThat(SarifReport.uri("nop/ba\u0301o cáo.txt")).isEqualTo("nop/ba%CC%81o%20c%C3%A1o.txt");
        assertThat(SarifReport.uri("nop/b\u00e1o.txt")).isEqualTo("nop/b%C3%A1o.txt");
    }

    @Test
    void aColonInTheFirstSegmentIsNotAScheme() {
        assertThat(SarifReport.uri("ghi:chu.txt")).isEqualTo("./ghi:chu.txt");
        assertThat(SarifReport.uri("a/ghi:chu.txt")).isEqualTo("a/ghi:chu.txt");
    }

    @Test
    void reservedCharactersAreEncoded() {
        assertThat(SarifReport.uri("so#1?.pdf")).isEqualTo("so%231%3F.pdf");
        assertThat(SarifReport.uri("100%.pdf")).isEqualTo("100%25.pdf");
    }
}
