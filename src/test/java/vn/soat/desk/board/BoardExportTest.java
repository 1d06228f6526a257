package vn.soat.desk.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoardExportTest {

    @Test
    void aCellThatASpreadsheetWouldRunIsKeptAsText() {
        assertThat(BoardExport.quoted("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(BoardExport.quoted("+1")).isEqualTo("'+1");
        assertThat(BoardExport.quoted("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(BoardExport.quoted("-2+3")).isEqualTo("'-2+3");
    }

    @Test
    void ordinaryCellsAreUnchangedAndQuotedOnlyWhenTheyMustBe() {
        assertThat(BoardExport.quoted("bao-cao.pdf")).isEqualTo("bao-cao.pdf");
        assertThat(BoardExport.quoted("Xã Phú Đình, tỉnh Phú Thọ")).isEqualTo("\"Xã Phú Đình, tỉnh Phú Thọ\"");
        assertThat(BoardExport.quoted("")).isEmpty();
    }
}
