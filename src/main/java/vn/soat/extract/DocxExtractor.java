package vn.soat.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.Reason;

/**
 * DOCX paragraphs and tables in document order. Layout tables (the two-column header and
 * signature blocks) are read cell by cell, one line per paragraph; data tables give one line
 * per row with cells joined by {@code " | "} (read back as tables by the parser). Runs in a
 * TCVN3 or VNI font are converted to Unicode.
 */
final class DocxExtractor {

    private static final String CELL_SEPARATOR = " | ";
    private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'";

    private final LineCollector lines = new LineCollector();
    private final ListNumbering numbering = new ListNumbering();
    private final LegacyFonts legacyFonts = new LegacyFonts();

    ExtractedDocument extract(byte[] content) throws ExtractionException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
            for (IBodyElement element : docx.getBodyElements()) {
                visit(element);
            }
            Legacy.Result text = legacyFonts.finish(lines);
            return new ExtractedDocument(DocumentFormat.DOCX, pageCount(docx), text.lines(), text.legacy());
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(new Reason("tệp DOCX bị hỏng hoặc không đúng cấu trúc",
                    "the DOCX file is damaged or not structured as one"), e);
        }
    }

    private void visit(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            textBoxes(paragraph);
            // A manual line break (Shift+Enter) inside a paragraph starts a new line as the reader sees it.
            for (String line : paragraphText(paragraph).split("\\R", -1)) {
                lines.add(0, line);
            }
        } else if (element instanceof XWPFTable table) {
            if (isDataTable(table)) {
                addDataTable(table);
            } else {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getBodyElements().forEach(this::visit);
                    }
                }
            }
        }
    }

    /**
     * Old templates put the header (issuer, Quốc hiệu) in text boxes anchored to a paragraph; their
     * text is not part of the paragraph's. Word stores each box twice (DrawingML and a VML fallback),
     * so a paragraph text already seen in this anchor is not repeated.
     */
    private void textBoxes(XWPFParagraph anchor) {
        XmlObject[] found = anchor.getCTP().selectPath(W + " .//w:txbxContent/w:p");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (XmlObject paragraph : found) {
            StringBuilder text = new StringBuilder();
            for (XmlObject run : paragraph.selectPath(W + " .//w:t")) {
                try (XmlCursor cursor = run.newCursor()) {
                    text.append(cursor.getTextValue());
                }
            }
            if (!text.toString().isBlank() && seen.add(text.toString())) {
                lines.add(0, text.toString());
            }
        }
    }

    private void addDataTable(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> paragraphs = new ArrayList<>();
                cell.getParagraphs().forEach(p -> paragraphs.add(paragraphText(p)));
                cells.add(TextNormalizer.normalize(String.join(" ", paragraphs)).strip());
            }
            lines.add(0, String.join(CELL_SEPARATOR, cells));
        }
    }

    /** A table with three or more columns, or with a cell that is only a number, holds data rather than layout. */
    private static boolean isDataTable(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            if (row.getTableCells().size() >= 3) {
                return true;
            }
            for (XWPFTableCell cell : row.getTableCells()) {
                if (cell.getText().strip().matches("[0-9][0-9.,]*%?")) {
                    return true;
                }
            }
        }
        return false;
    }

    private String paragraphText(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder(numbering.labelFor(paragraph));
        for (XWPFRun run : paragraph.getRuns()) {
            String runText = run.text();
            text.append(legacyFonts.convert(runText, run.getFontFamily(), lines.nextLineNumber()));
        }
        return text.toString();
    }

    private static int pageCount(XWPFDocument docx) {
        POIXMLProperties.ExtendedProperties extended = docx.getProperties().getExtendedProperties();
        return extended != null && extended.getPages() > 0 ? extended.getPages() : 0;
    }
}
