package vn.soat.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import vn.soat.ingest.DocumentFormat;

/** Text drawn twice over itself (fake bold, shadow) is read once; the same letters elsewhere are all read. */
class OverprintedTextTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** One page per entry; each page draws its texts at the given (x, y) in points. */
    private static byte[] pdf(List<List<Object[]>> pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<Object[]> drawings : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Object[] drawing : drawings) {
                        content.beginText();
                        content.setFont(HELVETICA, 12);
                        content.newLineAtOffset((float) drawing[1], (float) drawing[2]);
                        content.showText((String) drawing[0]);
                        content.endText();
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<SourceLine> lines(byte[] pdf) throws ExtractionException {
        return TextExtractor.extract(DocumentFormat.PDF, pdf).lines();
    }

    @Test
    void textDrawnAgainAFractionOfAPointAwayIsReadOnce() throws Exception {
        byte[] fakeBold = pdf(List.of(List.of(new Object[] {"BAO CAO", 72f, 750f}, new Object[] {"BAO CAO", 72.4f, 750.2f})));
        assertThat(lines(fakeBold)).extracting(SourceLine::text).containsExactly("BAO CAO");
    }

    @Test
    void theSameLettersInAColumnOrOnTheNextLineAreAllRead() throws Exception {
        byte[] column = pdf(List.of(List.of(new Object[] {"Noi nhan:", 72f, 750f}, new Object[] {"Nhu tren;", 72f, 736f},
                new Object[] {"Nhu tren;", 72f, 722f}, new Object[] {"BAO", 200f, 700f}, new Object[] {"BAO", 260f, 700f})));
        assertThat(lines(column)).extracting(SourceLine::text)
                .containsExactly("Noi nhan:", "Nhu tren;", "Nhu tren;", "BAO \tBAO");
    }

    @Test
    void eachPageKeepsItsLinesAndAGlyphIsOnlyADuplicateOnItsOwnPage() throws Exception {
        List<Object[]> same = List.<Object[]>of(new Object[] {"Trang", 72f, 750f});
        List<SourceLine> read = lines(pdf(List.of(same, List.of(), same)));
        assertThat(read).extracting(SourceLine::page, SourceLine::text)
                .containsExactly(tuple(1, "Trang"), tuple(2, ""), tuple(3, "Trang"));
    }

    @Test
    void aFullPageOfDifferentLettersIsReadWhole() throws Exception {
        String line = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789";
        List<Object[]> drawings = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            drawings.add(new Object[] {line, 36f, 800f - 14 * i});
        }
        assertThat(lines(pdf(List.of(drawings)))).extracting(SourceLine::text).hasSize(50).containsOnly(line);
    }
}
