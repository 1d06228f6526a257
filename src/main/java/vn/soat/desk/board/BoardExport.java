package vn.soat.desk.board;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The board as a spreadsheet: CSV (UTF-8 with BOM, so Excel reads the diacritics) and XLSX (Apache POI). The day a
 * file was received is Vietnam's time and says so: in the CSV as ISO 8601 with its offset
 * ({@code 2026-11-30T08:15:00+07:00}), in the XLSX as a date cell (a spreadsheet date has no zone) under a heading
 * that names UTC+7.
 */
final class BoardExport {

    static final List<String> HEADINGS = List.of("Mã đơn vị", "Đơn vị", "Tình trạng", "Tệp mới nhất", "Ngày nhận (UTC+7)", "Đúng hạn",
            "Số tệp đã gửi", "Kết luận", "Lỗi", "Cảnh báo", "Đã bỏ qua", "Quyết định", "Người quyết định");
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final int RECEIVED_COLUMN = 4;

    private BoardExport() {
    }

    static List<String> cells(BoardRow row) {
        return List.of(row.unitCode(), row.unitName(), stateLabel(row), row.fileName(),
                row.receivedAt() == null ? "" : RECEIVED.format(row.receivedAt().atZone(Board.VIETNAM)),
                row.missing() ? "" : row.late() ? "Trễ hạn" : "Đúng hạn", Integer.toString(row.files()), verdictLabel(row.verdict()),
                row.missing() ? "" : Integer.toString(row.errors()), row.missing() ? "" : Integer.toString(row.warnings()),
                row.missing() ? "" : Integer.toString(row.waived()),
                decisionLabel(row.decision()), row.decidedBy());
    }

    static byte[] csv(List<BoardRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, HEADINGS);
        rows.forEach(row -> line(out, cells(row)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(String title, List<BoardRow> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Bảng theo dõi");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle day = book.createCellStyle();
            day.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle missing = book.createCellStyle();
            missing.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            missing.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            write(sheet.createRow(2), HEADINGS, bold);
            for (int i = 0; i < rows.size(); i++) {
                BoardRow row = rows.get(i);
                Row line = sheet.createRow(3 + i);
                write(line, cells(row), row.missing() ? missing : null);
                if (row.receivedAt() != null) {
                    line.getCell(RECEIVED_COLUMN).setCellValue(row.receivedAt().atZone(Board.VIETNAM).toLocalDateTime());
                    line.getCell(RECEIVED_COLUMN).setCellStyle(day);
                }
            }
            for (int c = 0; c < HEADINGS.size(); c++) {
                sheet.setColumnWidth(c, c == 1 || c == 3 ? 40 * 256 : c == RECEIVED_COLUMN ? 20 * 256 : 14 * 256);
            }
            sheet.createFreezePane(0, 3);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(values.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static void line(StringBuilder out, List<String> values) {
        out.append(String.join(",", values.stream().map(BoardExport::quoted).toList())).append("\r\n");
    }

    /**
     * One CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
     * {@code @}, tab, CR: a file name is the sender's choice) is kept as text with a leading apostrophe (OWASP
     * "CSV injection").
     */
    static String quoted(String raw) {
        String value = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        return value.matches(".*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static String stateLabel(BoardRow row) {
        return switch (row.state()) {
            case "MISSING" -> "Chưa gửi";
            case "WAITING" -> "Đang kiểm tra";
            case "FAILED" -> "Lỗi khi kiểm tra";
            default -> "Đã kiểm tra";
        };
    }

    static String verdictLabel(String verdict) {
        return switch (verdict) {
            case "PASSED" -> "Đạt";
            case "REVIEW" -> "Cần xem xét";
            case "RETURNED" -> "Trả lại";
            default -> "";
        };
    }

    static String decisionLabel(String decision) {
        return switch (decision) {
            case "ACCEPTED" -> "Chấp nhận";
            case "RETURNED" -> "Trả lại";
            default -> "";
        };
    }
}
