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

    private static final BoardRow RECEIVED = new BoardRow("SNV", "Sở Nội vụ", "CHECKED", "id-1", "bao-cao.pdf",
            java.time.Instant.parse("2026-11-30T01:15:00Z"), false, 1, "PASSED", 0, 0, 0, "", "");

    @Test
    void theCsvWritesWhenAFileCameWithItsOffset() {
        String csv = new String(BoardExport.csv(java.util.List.of(RECEIVED)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(",Ngày nhận (UTC+7),")
                .contains("SNV,Sở Nội vụ,Đã kiểm tra,bao-cao.pdf,2026-11-30T08:15:00+07:00,Đúng hạn,");
    }

    @Test
    void theXlsxWritesWhenAFileCameAsADateInVietnamsTime() throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                BoardExport.xlsx("Đợt", java.util.List.of(RECEIVED))))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Ngày nhận (UTC+7)");
            var cell = sheet.getRow(3).getCell(4);
            assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(java.time.LocalDateTime.of(2026, 11, 30, 8, 15));
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
        }
    }
}
