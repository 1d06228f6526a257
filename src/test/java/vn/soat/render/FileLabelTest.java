package vn.soat.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text output keeps one line per file whatever the file is called. */
class FileLabelTest {

    @Test
    void controlCharactersAreSpeltOut() {
        assertThat(FileLabel.of("nop/line1\nline2.txt")).isEqualTo("nop/line1\\nline2.txt");
        assertThat(FileLabel.of("a\tb\r.pdf")).isEqualTo("a\\tb\\r.pdf");
        assertThat(FileLabel.of("\u001b[31mđỏ.pdf")).isEqualTo("\\x1b[31mđỏ.pdf");
    }

    @Test
    void anOrdinaryNameIsItself() {
        String name = "nộp/báo cáo 6 tháng.pdf";
        assertThat(FileLabel.of(name)).isSameAs(name);
    }
}
