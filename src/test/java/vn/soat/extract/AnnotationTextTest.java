package vn.soat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Test;
import vn.soat.ingest.DocumentFormat;

/** Which annotations' appearance text joins the page's lines (signature widgets are in EOfficeStampTest). */
class AnnotationTextTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private static List<String> lines(byte[] pdf) throws ExtractionException {
        return TextExtractor.extract(DocumentFormat.PDF, pdf).lines().stream().map(SourceLine::text).toList();
    }

    /** A page reading "Page text" at the top, with the annotation drawing its text 100 pt lower. */
    private static byte[] page(PDAnnotation annotation, String drawn) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(HELVETICA, 12);
                content.newLineAtOffset(72, 750);
                content.showText("Page text");
                content.endText();
            }
            PDRectangle rect = new PDRectangle(72, 640, 200, 20);
            annotation.setRectangle(rect);
            PDAppearanceStream appearance = new PDAppearanceStream(document);
            appearance.setResources(new PDResources());
            appearance.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            try (PDPageContentStream content = new PDPageContentStream(document, appearance)) {
                content.beginText();
                content.setFont(HELVETICA, 12);
                content.newLineAtOffset(2, 5);
                content.showText(drawn);
                content.endText();
            }
            PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
            dictionary.setNormalAppearance(appearance);
            annotation.setAppearance(dictionary);
            annotation.setPage(page);
            page.getAnnotations().add(annotation);
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void freeTextAndStampAppearancesAreReadBelowThePageText() throws Exception {
        assertThat(lines(page(new PDAnnotationFreeText(), "Typed note"))).containsExactly("Page text", "Typed note");
        assertThat(lines(page(new PDAnnotationRubberStamp(), "DEN 1234"))).containsExactly("Page text", "DEN 1234");
    }

    @Test
    void aHiddenAnnotationIsNotRead() throws Exception {
        PDAnnotationFreeText hidden = new PDAnnotationFreeText();
        hidden.setHidden(true);
        assertThat(lines(page(hidden, "Hidden note"))).containsExactly("Page text");
    }

    @Test
    void aFormFieldThatIsNotASignatureIsNotRead() throws Exception {
        PDAnnotationWidget field = new PDAnnotationWidget();
        field.getCOSObject().setItem(COSName.FT, COSName.TX);
        assertThat(lines(page(field, "Field value"))).containsExactly("Page text");
    }

    @Test
    void aSignatureWidgetWhoseFieldIsItsParentIsRead() throws Exception {
        PDAnnotationWidget widget = new PDAnnotationWidget();
        org.apache.pdfbox.cos.COSDictionary field = new org.apache.pdfbox.cos.COSDictionary();
        field.setItem(COSName.FT, COSName.SIG);
        widget.getCOSObject().setItem(COSName.PARENT, field);
        assertThat(lines(page(widget, "181"))).containsExactly("Page text", "181");
    }
}
