package vn.soat.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.text.TextPosition;
import vn.soat.extract.ExtractionException;
import vn.soat.extract.SourceLine;
import vn.soat.extract.TextExtractor;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.FormatSniffer;

/**
 * The submitted PDF with each finding shown at its place, for a reviewer to send back with a return: the
 * finding's excerpt (or, failing that, its line) is highlighted on its page with the message as the
 * highlight's note; a finding about something absent, or whose text cannot be found, is a note at the
 * left margin of its line or at the top of its page (page 1 when it has none).
 *
 * <p>The annotations are appended as an incremental update: the bytes of the original file are the first
 * bytes of the result, unchanged, so a digital signature over them still verifies, and the pages' content
 * streams are untouched (an e-office validator sees annotations added after signing, not a changed page).
 */
public final class AnnotatedPdf {

    private static final PDColor ERROR_COLOUR = new PDColor(new float[] {1f, 0.55f, 0.55f}, PDDeviceRGB.INSTANCE);
    private static final PDColor WARNING_COLOUR = new PDColor(new float[] {1f, 0.9f, 0.3f}, PDDeviceRGB.INSTANCE);
    private static final PDColor INFO_COLOUR = new PDColor(new float[] {0.6f, 0.8f, 1f}, PDDeviceRGB.INSTANCE);
    private static final float NOTE_SIZE = 18;

    private AnnotatedPdf() {
    }

    /**
     * @param pdf the file as submitted
     * @param findings the check's findings on it (their location's page and line are those of soát's own extraction)
     * @return the original bytes followed by one incremental update holding one annotation per finding
     * @throws UnannotatableFileException when {@code pdf} is not a PDF or cannot be opened
     */
    public static byte[] annotate(byte[] pdf, List<Finding> findings) {
        if (pdf == null || FormatSniffer.sniff(pdf) != DocumentFormat.PDF) {
            throw new UnannotatableFileException("Tệp không phải PDF nên không thể đánh dấu các phát hiện.", true, null);
        }
        Map<Integer, SourceLine> lines = lines(pdf);
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new UnannotatableFileException("Tệp PDF không có trang nào.", false, null);
            }
            Map<Integer, List<Finding>> byPage = findings.stream()
                    .collect(Collectors.groupingBy(f -> Math.min(pages, pageOf(f, lines))));
            for (Map.Entry<Integer, List<Finding>> entry : byPage.entrySet()) {
                annotatePage(document, entry.getKey(), entry.getValue(), lines);
            }
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnannotatableFileException refused) {
                throw refused;
            }
            throw new UnannotatableFileException("Không mở được tệp PDF (tệp hỏng, không đầy đủ hoặc có mật khẩu).", false, e);
        }
    }

    private static Map<Integer, SourceLine> lines(byte[] pdf) {
        try {
            return TextExtractor.extract(DocumentFormat.PDF, pdf).lines().stream()
                    .collect(Collectors.toMap(SourceLine::number, Function.identity(), (a, b) -> a));
        } catch (ExtractionException e) {
            throw new UnannotatableFileException("Không mở được tệp PDF (tệp hỏng, không đầy đủ hoặc có mật khẩu).", false, e);
        }
    }

    private static int pageOf(Finding finding, Map<Integer, SourceLine> lines) {
        if (finding.location().page() > 0) {
            return finding.location().page();
        }
        SourceLine line = lines.get(finding.location().line());
        return line != null && line.page() > 0 ? line.page() : 1;
    }

    private static void annotatePage(PDDocument document, int pageNumber, List<Finding> findings, Map<Integer, SourceLine> lines)
            throws IOException {
        PDPage page = document.getPage(pageNumber - 1);
        PageGlyphs glyphs = PageGlyphs.of(document, pageNumber);
        List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
        int notes = 0;
        Map<Integer, Integer> notesAtLine = new java.util.HashMap<>();
        for (Finding finding : findings) {
            SourceLine line = lines.get(finding.location().line());
            int expected = line == null ? -1 : lineOnPage(line, lines);
            Optional<List<PageGlyphs.Run>> excerpt = glyphs.find(PageGlyphs.fold(finding.excerpt()), expected);
            Optional<List<PageGlyphs.Run>> atLine = line == null ? Optional.empty()
                    : glyphs.find(PageGlyphs.fold(line.text()), expected);
            PDAnnotationMarkup annotation;
            if (excerpt.isPresent()) {
                annotation = Marks.highlight(page, excerpt.get());
            } else if (atLine.isPresent() && !finding.excerpt().isBlank()) {
                annotation = Marks.highlight(page, atLine.get());
            } else {
                int beside = atLine.isPresent() ? notesAtLine.merge(expected, 1, Integer::sum) - 1 : 0;
                annotation = atLine.map(runs -> Marks.noteBeside(page, runs.get(0), beside, NOTE_SIZE))
                        .orElse(Marks.noteAtTop(page, notes++, NOTE_SIZE));
            }
            describe(annotation, finding);
            annotation.constructAppearances(document);
            annotations.add(annotation);
        }
        page.setAnnotations(annotations);
        page.getCOSObject().setNeedToBeUpdated(true);
    }

    /** The 0-based index of a line among the non-blank lines of its page in soát's extraction. */
    private static int lineOnPage(SourceLine line, Map<Integer, SourceLine> lines) {
        return (int) lines.values().stream()
                .filter(l -> l.page() == line.page() && l.number() < line.number() && !l.text().isBlank()).count();
    }

    private static void describe(PDAnnotationMarkup annotation, Finding finding) {
        StringBuilder note = new StringBuilder("[").append(finding.ruleId()).append("] ").append(finding.message());
        if (!finding.suggestion().isBlank()) {
            note.append("\nCách sửa: ").append(finding.suggestion());
        }
        if (!finding.legalBasis().isBlank()) {
            note.append("\nCăn cứ: ").append(finding.legalBasis());
        }
        annotation.setContents(note.toString());
        annotation.setTitlePopup("soát");
        annotation.setSubject(finding.ruleId());
        annotation.setCreationDate(Calendar.getInstance());
        annotation.setModifiedDate(Calendar.getInstance());
        annotation.setPrinted(true);
        annotation.setColor(finding.severity() == Severity.ERROR ? ERROR_COLOUR
                : finding.severity() == Severity.WARNING ? WARNING_COLOUR : INFO_COLOUR);
    }

    /** Builders of the two kinds of annotation, in page coordinates. */
    private static final class Marks {

        private Marks() {
        }

        static PDAnnotationHighlight highlight(PDPage page, List<PageGlyphs.Run> runs) {
            PDRectangle crop = page.getCropBox();
            float[] quads = new float[runs.size() * 8];
            float left = Float.MAX_VALUE, bottom = Float.MAX_VALUE, right = -Float.MAX_VALUE, top = -Float.MAX_VALUE;
            for (int i = 0; i < runs.size(); i++) {
                List<TextPosition> glyphs = runs.get(i).glyphs();
                TextPosition first = glyphs.get(0);
                TextPosition last = glyphs.get(glyphs.size() - 1);
                float x1 = crop.getLowerLeftX() + first.getXDirAdj();
                float x2 = crop.getLowerLeftX() + last.getXDirAdj() + last.getWidthDirAdj();
                float baseline = crop.getUpperRightY() - first.getYDirAdj();
                float height = glyphs.stream().map(TextPosition::getHeightDir).max(Float::compare).orElse(10f);
                float y1 = baseline + height * 1.3f;
                float y2 = baseline - height * 0.35f;
                float[] quad = {x1, y1, x2, y1, x1, y2, x2, y2};
                System.arraycopy(quad, 0, quads, i * 8, 8);
                left = Math.min(left, x1);
                right = Math.max(right, x2);
                bottom = Math.min(bottom, y2);
                top = Math.max(top, y1);
            }
            PDAnnotationHighlight highlight = new PDAnnotationHighlight();
            highlight.setQuadPoints(quads);
            highlight.setRectangle(new PDRectangle(left, bottom, right - left, top - bottom));
            return highlight;
        }

        /** The {@code index}-th note of a line, in the margin left of it; notes that find no room there go over the text. */
        static PDAnnotationText noteBeside(PDPage page, PageGlyphs.Run run, int index, float size) {
            PDRectangle crop = page.getCropBox();
            float y = crop.getUpperRightY() - run.glyphs().get(0).getYDirAdj();
            float x = crop.getLowerLeftX() + run.glyphs().get(0).getXDirAdj() - (index + 1) * (size + 2);
            if (x < crop.getLowerLeftX() + 2) {
                x = crop.getLowerLeftX() + 2 + index * (size + 2);
            }
            return note(new PDRectangle(x, y - 2, size, size));
        }

        static PDAnnotationText noteAtTop(PDPage page, int index, float size) {
            PDRectangle crop = page.getCropBox();
            float x = crop.getLowerLeftX() + 8 + index * (size + 4) % Math.max(size, crop.getWidth() - 2 * size);
            return note(new PDRectangle(x, crop.getUpperRightY() - size - 8, size, size));
        }

        private static PDAnnotationText note(PDRectangle rectangle) {
            PDAnnotationText note = new PDAnnotationText();
            note.setName(PDAnnotationText.NAME_COMMENT);
            note.setRectangle(rectangle);
            return note;
        }
    }
}
