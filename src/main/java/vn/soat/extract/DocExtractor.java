package vn.soat.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.Reason;

/**
 * Word 97-2003 (.doc) read with POI's HWPF, by the conventions of {@link DocxExtractor}: paragraphs
 * and tables in document order, layout tables cell by cell, data tables one row a line with cells
 * joined by {@code " | "}, list numbers as the reader sees them, text boxes before the first paragraph
 * holding a drawing anchor, field results without their codes, TCVN3/VNI fonts converted.
 */
final class DocExtractor {

    private static final String CELL_SEPARATOR = " | ";
    private static final Reason ENCRYPTED = new Reason("tệp Word được đặt mật khẩu; hãy gỡ mật khẩu rồi gửi lại (hoặc gửi bản PDF)",
            "the Word file is password-protected; remove the password and send it again (or send a PDF)");

    private final LineCollector lines = new LineCollector();
    private final WordBinaryText mainStory = new WordBinaryText();
    private DocListNumbering numbering;
    private final LegacyFonts legacyFonts = new LegacyFonts();
    private Range textBoxes;

    ExtractedDocument extract(byte[] content) throws ExtractionException {
        try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (ole.getRoot().hasEntry("EncryptionInfo")) {
                throw new ExtractionException(ENCRYPTED);
            }
            try (HWPFDocument doc = new HWPFDocument(ole)) {
                return extract(doc);
            }
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(ENCRYPTED, e);
        } catch (OldWordFileFormatException e) {
            throw new ExtractionException(new Reason("tệp Word 6.0/95 quá cũ; hãy mở bằng Word và lưu lại thành DOCX",
                    "the file is in the old Word 6.0/95 format; open it in Word and save it as DOCX"), e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(new Reason("tệp Word 97-2003 (.doc) bị hỏng hoặc không đầy đủ",
                    "the Word 97-2003 (.doc) file is damaged or incomplete"), e);
        }
    }

    private ExtractedDocument extract(HWPFDocument doc) {
        numbering = new DocListNumbering(doc.getListTables() != null);
        Range main = doc.getRange();
        textBoxes = doc.getMainTextboxRange();
        if (main.text().indexOf('\u0008') < 0) {
            addTextBoxes(); // no anchor to place them at: old templates keep the header in them, so first
        }
        visit(main, 0);
        addTextBoxes(); // anchored only where no paragraph is read on its own (a data table): not lost
        Legacy.Result text = legacyFonts.finish(lines);
        int pages = doc.getSummaryInformation() == null ? 0 : Math.max(0, doc.getSummaryInformation().getPageCount());
        return new ExtractedDocument(DocumentFormat.DOC, pages, text.lines(), text.legacy());
    }

    /** The paragraphs of a range, a table (deeper than {@code level}) read as a whole where one starts. */
    private void visit(Range range, int level) {
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph paragraph = range.getParagraph(i);
            Optional<Table> table = paragraph.isInTable() && paragraph.getTableLevel() > level
                    ? table(range, paragraph) : Optional.empty();
            if (table.isPresent()) {
                visit(table.get());
                i += table.get().numParagraphs() - 1;
            } else if (!paragraph.isTableRowEnd()) {
                paragraph(paragraph);
            }
        }
    }

    /** HWPF refuses some tables Word itself opens (odd row marks); their paragraphs are then read one by one. */
    private static Optional<Table> table(Range range, Paragraph first) {
        try {
            return Optional.of(range.getTable(first));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private void visit(Table table) {
        if (isDataTable(table)) {
            addDataTable(table);
            return;
        }
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                visit(row.getCell(c), table.getTableLevel());
            }
        }
    }

    private void paragraph(Paragraph paragraph) {
        String text = paragraphText(paragraph, mainStory);
        if (textBoxes != null && paragraph.text().indexOf('\u0008') >= 0) {
            addTextBoxes();
        }
        // A manual line break (Shift+Enter) inside a paragraph starts a new line as the reader sees it.
        for (String line : text.split("\\R", -1)) {
            lines.add(0, line);
        }
    }

    /**
     * The text of the main document's text boxes, once, at the first drawing anchor: HWPF does not tell
     * which box belongs to which anchor. As for DOCX, a paragraph text already seen is not repeated.
     */
    private void addTextBoxes() {
        Range boxes = textBoxes;
        textBoxes = null;
        if (boxes == null) {
            return;
        }
        WordBinaryText story = new WordBinaryText();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < boxes.numParagraphs(); i++) {
            String text = paragraphText(boxes.getParagraph(i), story);
            if (!text.isBlank() && seen.add(text)) {
                lines.add(0, text);
            }
        }
    }

    private void addDataTable(Table table) {
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                List<String> paragraphs = new ArrayList<>();
                for (int p = 0; p < cell.numParagraphs(); p++) {
                    paragraphs.add(paragraphText(cell.getParagraph(p), mainStory));
                }
                cells.add(TextNormalizer.normalize(String.join(" ", paragraphs)).strip());
            }
            lines.add(0, String.join(CELL_SEPARATOR, cells));
        }
    }

    /** A table with three or more columns, or with a cell that is only a number, holds data rather than layout. */
    private static boolean isDataTable(Table table) {
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            if (row.numCells() >= 3) {
                return true;
            }
            for (int c = 0; c < row.numCells(); c++) {
                if (new WordBinaryText().visible(row.getCell(c).text()).strip().matches("[0-9][0-9.,]*%?")) {
                    return true;
                }
            }
        }
        return false;
    }

    private String paragraphText(Paragraph paragraph, WordBinaryText story) {
        String label = numbering.labelFor(paragraph);
        try {
            return label + runsText(paragraph, story);
        } catch (IllegalArgumentException e) {
            // HWPF cannot split some paragraphs (equations, damaged formatting) into runs; their text still reads.
            return label + story.visible(paragraph.text());
        }
    }

    private String runsText(Paragraph paragraph, WordBinaryText story) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraph.numCharacterRuns(); i++) {
            CharacterRun run = paragraph.getCharacterRun(i);
            if (run.isMarkedDeleted()) {
                continue;
            }
            // A character from Insert > Symbol is stored as '(' with the symbol's code beside it.
            String runText = run.isSymbol() ? String.valueOf(run.getSymbolCharacter()) : story.visible(run.text());
            text.append(legacyFonts.convert(runText, run.getFontName(), lines.nextLineNumber()));
        }
        return text.toString();
    }
}
