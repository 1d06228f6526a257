package vn.soat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import vn.soat.ingest.DocumentFormat;
import vn.soat.text.LegacyEncoders;
import vn.soat.text.LegacyVietnamese.Encoding;

/**
 * TCVN3 text in a font with no legacy name, recognised by its characters. TCVN3 writes "ư" as U+00AD, a soft hyphen
 * that normalising the text drops, so the letters are converted before the lines are normalised.
 */
class LegacyByCharactersTest {

    private static final String TCVN3 = LegacyEncoders.encode(LegacyEncoders.PARAGRAPH, Encoding.TCVN3);

    @Test
    void tcvn3TextInAPdfKeepsItsUHorn() throws Exception {
        assertReadsAsUnicode(TextExtractor.extract(DocumentFormat.PDF, pdf(TCVN3)));
    }

    @Test
    void tcvn3TextInADocxRunOfAUnicodeFontKeepsItsUHorn() throws Exception {
        assertReadsAsUnicode(TextExtractor.extract(DocumentFormat.DOCX, docx(TCVN3)));
    }

    private static void assertReadsAsUnicode(ExtractedDocument document) {
        assertThat(document.legacy()).hasValueSatisfying(l -> assertThat(l.encoding()).isEqualTo(Encoding.TCVN3));
        String text = String.join(" ", document.lines().stream().map(SourceLine::text).toList());
        assertThat(text).contains("vượt dự toán", "người dân", "ưu tiên", "trước ngày 30/6");
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun run = document.createParagraph().createRun();
            run.setFontFamily("Times New Roman");
            run.setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(40, 700);
                content.setLeading(14);
                StringBuilder line = new StringBuilder();
                for (String word : text.split(" ")) {
                    if (line.length() + word.length() > 80) {
                        content.showText(line.toString().strip());
                        content.newLine();
                        line.setLength(0);
                    }
                    line.append(word).append(' ');
                }
                content.showText(line.toString().strip());
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
