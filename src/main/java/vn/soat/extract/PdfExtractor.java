package vn.soat.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.soat.extract.ocr.OcrEngine;
import vn.soat.extract.ocr.OcrOutcome;
import vn.soat.extract.ocr.ScanReading;
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.Reason;

/** PDF text, page by page, with side-by-side columns (header, signature) separated by a tab. */
final class PdfExtractor {

    private final Optional<OcrEngine> ocr;

    PdfExtractor(Optional<OcrEngine> ocr) {
        this.ocr = ocr;
    }

    ExtractedDocument extract(byte[] content) throws ExtractionException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            LineCollector lines = new LineCollector();
            StringBuilder all = new StringBuilder();
            List<String> texts = new ColumnAwareStripper().pageTexts(pdf);
            // Pages without a usable text layer (scans) are read by OCR; the others are untouched.
            ScanReading scan = ocr.map(engine -> engine.read(pdf, texts)).orElse(new ScanReading(texts, OcrOutcome.NONE));
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = scan.pageTexts().get(page - 1);
                all.append(text);
                String[] pageLines = text.split("\n", -1);
                int count = pageLines.length;
                if (count > 0 && pageLines[count - 1].isEmpty()) {
                    count--;
                }
                for (int i = 0; i < count; i++) {
                    lines.add(page, pageLines[i]);
                }
            }
            Legacy.Result text = Legacy.convertRecognised(lines, all.toString());
            return new ExtractedDocument(DocumentFormat.PDF, pdf.getNumberOfPages(), text.lines(), text.legacy(),
                    scan.outcome());
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(new Reason("tệp PDF được đặt mật khẩu", "the PDF is password-protected"), e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(new Reason("tệp PDF bị hỏng hoặc không đầy đủ", "the PDF is damaged or incomplete"), e);
        }
    }

    /**
     * PDFBox puts text that sits at the same height on one line, so the left and right cells of
     * the header and signature tables arrive glued together. A horizontal gap much wider than a
     * space marks the column boundary; we write a tab there.
     */
    static class ColumnAwareStripper extends PDFTextStripper {

        private final StringWriter written = new StringWriter();
        private final List<Integer> pageEnds = new ArrayList<>();
        private final DrawnGlyphs drawn = new DrawnGlyphs();
        /** Puts each page's glyphs in PDFBox's order; null when PDFBox sorts them itself. */
        private final GlyphOrder order;
        private float lastEnd = -1;

        ColumnAwareStripper() throws IOException {
            this(new GlyphOrder());
        }

        /**
         * With {@code order} null, PDFBox sorts each page's glyphs itself: the reference GlyphOrder is held to,
         * page text for page text (GlyphOrderAgainstPdfBoxTest).
         */
        ColumnAwareStripper(GlyphOrder order) throws IOException {
            this.order = order;
            setSortByPosition(true);
            setLineSeparator("\n");
            // PDFBox's test for text drawn over itself, made cheap: see processTextPosition and DrawnGlyphs.
            setSuppressDuplicateOverlappingText(false);
        }

        /**
         * The text of each page, in one pass over the document: as many as the page count says, a page
         * that a damaged page tree does not reach being empty.
         */
        List<String> pageTexts(PDDocument pdf) throws IOException {
            writeText(pdf, written);
            int count = pdf.getNumberOfPages();
            List<String> pages = new ArrayList<>(count);
            int start = 0;
            for (int i = 0; i < count; i++) {
                int end = i < pageEnds.size() ? pageEnds.get(i) : start;
                pages.add(written.getBuffer().substring(start, end));
                start = end;
            }
            return pages;
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            if (!drawn.drawnAgain(glyph)) {
                if (order != null) {
                    order.arrived(glyph);
                }
                super.processTextPosition(glyph);
            }
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                float gap = first.getXDirAdj() - lastEnd;
                float space = Math.max(first.getWidthOfSpace(), 2f);
                if (lastEnd >= 0 && gap > Math.max(6 * space, 24f)) {
                    getOutput().write('\t');
                }
                TextPosition last = positions.get(positions.size() - 1);
                lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
            }
            super.writeString(text, positions);
        }

        /**
         * The page's glyphs are collected; add those of annotation appearances, and put them in PDFBox's order
         * cheaply (GlyphOrder), before they are sorted into lines.
         */
        @Override
        protected void writePage() throws IOException {
            AnnotationText.show(this, getCurrentPage(), getCharactersByArticle());
            if (order != null) {
                order.sort(getCharactersByArticle());
            }
            super.writePage();
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lastEnd = -1;
            super.writeLineSeparator();
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            lastEnd = -1;
            drawn.clear();
            if (order != null) {
                order.clear();
            }
            super.startPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            pageEnds.add(written.getBuffer().length());
        }
    }
}
