package vn.soat.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.check.CheckResult;
import vn.soat.finding.Category;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;
import vn.soat.model.DigitalSignature;
import vn.soat.signature.PdfSignatures;

class AnnotatedPdfTest {

    private static final Path SEED = Fixtures.ROOT.resolve("formats/seed-004.pdf");
    private static final Path SIGNED = Fixtures.ROOT.resolve("rules/SIG_DIGITAL_MISSING/pass-signed-and-issued.pdf");

    @Test
    void everyFindingOfACheckIsAnAnnotationAndTheOriginalBytesComeFirst() throws IOException {
        byte[] pdf = Files.readAllBytes(SEED);
        CheckResult result = Fixtures.check(SEED);

        byte[] annotated = AnnotatedPdf.annotate(pdf, result.findings());

        assertThat(Arrays.copyOf(annotated, pdf.length)).isEqualTo(pdf);
        // Kept for a person to open: where the highlights fall is judged by eye.
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/annotated-seed-004.pdf"), annotated);
        try (PDDocument document = Loader.loadPDF(annotated)) {
            List<PDAnnotation> ours = ours(document);
            assertThat(ours).hasSize(result.findings().size());
            assertThat(ours).extracting(PDAnnotation::getContents)
                    .anySatisfy(note -> assertThat(note).startsWith("[NUM_PERCENT_MISMATCH] 60 hộ trên tổng số 1.169 hộ là 5,13%"));
        }
    }

    @Test
    void highlightCoversTheExcerptOnItsPage() throws IOException {
        byte[] pdf = Files.readAllBytes(SEED);
        Finding percent = FindingsForTest.finding("NUM_PERCENT_MISMATCH", Category.NUMBERS, Severity.ERROR, 0, 0, "",
                "60 hộ = 5,03%", "60 hộ trên tổng số 1.169 hộ là 5,13%, nhưng văn bản ghi 5,03%.");
        Finding number = FindingsForTest.finding("FMT_NUMBER_MISSING", Category.FORMAT, Severity.ERROR, 1, 3, "",
                "Số: /BC-UBND", "Số văn bản để trống.");

        byte[] annotated = AnnotatedPdf.annotate(pdf, List.of(percent, number));

        try (PDDocument document = Loader.loadPDF(annotated)) {
            PDPage page = document.getPage(0);
            List<PDAnnotationTextMarkup> highlights = page.getAnnotations().stream()
                    .filter(PDAnnotationTextMarkup.class::isInstance).map(PDAnnotationTextMarkup.class::cast).toList();
            assertThat(highlights).extracting(PDAnnotation::getSubtype).containsOnly("Highlight");
            assertThat(highlights).extracting(h -> textUnder(page, h.getRectangle()))
                    .anySatisfy(text -> assertThat(text).contains("= 5,03%"))
                    .anySatisfy(text -> assertThat(text).contains("Số: /BC-UBND"));
            assertThat(highlights).allSatisfy(h -> assertThat(h.getQuadPoints()).hasSizeGreaterThanOrEqualTo(8));
            assertThat(highlights).allSatisfy(h -> assertThat(h.getAppearance()).isNotNull());
        }
    }

    @Test
    void findingWithoutPageOrTextIsANoteOnPageOne() throws IOException {
        byte[] pdf = Files.readAllBytes(SEED);
        Finding absent = FindingsForTest.finding("FMT_NATIONAL_TITLE_MISSING", Category.FORMAT, Severity.ERROR, 0, 0, "",
                "", "Không tìm thấy Quốc hiệu ở phần đầu văn bản.");

        try (PDDocument document = Loader.loadPDF(AnnotatedPdf.annotate(pdf, List.of(absent)))) {
            List<PDAnnotation> ours = ours(document);
            assertThat(ours).singleElement().isInstanceOf(PDAnnotationText.class);
            assertThat(ours.get(0).getContents()).isEqualTo("[FMT_NATIONAL_TITLE_MISSING] Không tìm thấy Quốc hiệu ở phần đầu văn bản."
                    + "\nCăn cứ: Nghị định 30/2020/NĐ-CP");
            assertThat(document.getPage(0).getAnnotations()).contains(ours.get(0));
        }
    }

    @Test
    void signedRevisionStaysByteIdenticalAndItsSignatureVerifies() throws IOException {
        byte[] pdf = Files.readAllBytes(SIGNED);
        List<DigitalSignature> before = PdfSignatures.read(pdf);
        assertThat(before).isNotEmpty().allSatisfy(s -> assertThat(s.digestVerified()).isTrue());
        CheckResult result = Fixtures.check(SIGNED);

        byte[] annotated = AnnotatedPdf.annotate(pdf, result.findings());

        assertThat(annotated.length).isGreaterThan(pdf.length);
        assertThat(Arrays.copyOf(annotated, pdf.length)).isEqualTo(pdf);
        List<DigitalSignature> after = PdfSignatures.read(annotated);
        assertThat(after).hasSameSizeAs(before).allSatisfy(s -> {
            assertThat(s.digestVerified()).isTrue();
            assertThat(s.contentChangedAfter()).isFalse();
        });
        try (PDDocument document = Loader.loadPDF(annotated)) {
            assertThat(ours(document)).hasSize(result.findings().size());
            assertThat(document.getSignatureDictionaries()).hasSameSizeAs(before);
        }
    }

    @Test
    void fileThatIsNotAPdfIsRefusedAsSuch() throws IOException {
        byte[] docx = Files.readAllBytes(Fixtures.ROOT.resolve("formats/seed-004.docx"));

        assertThatThrownBy(() -> AnnotatedPdf.annotate(docx, List.of()))
                .isInstanceOfSatisfying(UnannotatableFileException.class, e -> assertThat(e.notPdf()).isTrue())
                .hasMessage("Tệp không phải PDF nên không thể đánh dấu các phát hiện.");
    }

    @Test
    void brokenOrLockedPdfIsRefusedAsUnreadable() throws IOException {
        for (String name : List.of("truncated.pdf", "encrypted.pdf")) {
            byte[] broken = Files.readAllBytes(Fixtures.ROOT.resolve("bad").resolve(name));

            assertThatThrownBy(() -> AnnotatedPdf.annotate(broken, List.of()))
                    .as(name)
                    .isInstanceOfSatisfying(UnannotatableFileException.class, e -> assertThat(e.notPdf()).isFalse())
                    .hasMessageStartingWith("Không mở được tệp PDF");
        }
    }

    private static List<PDAnnotation> ours(PDDocument document) throws IOException {
        List<PDAnnotation> all = new java.util.ArrayList<>();
        for (PDPage page : document.getPages()) {
            page.getAnnotations().stream().filter(a -> "soát".equals(a.getCOSObject().getString(org.apache.pdfbox.cos.COSName.T)))
                    .forEach(all::add);
        }
        return all;
    }

    private static String textUnder(PDPage page, PDRectangle rect) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            PDRectangle crop = page.getCropBox();
            stripper.addRegion("r", new Rectangle2D.Float(rect.getLowerLeftX() - crop.getLowerLeftX(),
                    crop.getUpperRightY() - rect.getUpperRightY(), rect.getWidth(), rect.getHeight()));
            stripper.extractRegions(page);
            return stripper.getTextForRegion("r").replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
