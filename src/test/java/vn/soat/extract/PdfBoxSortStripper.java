package vn.soat.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PdfExtractor's ColumnAwareStripper as it was at f6d29dc, before GlyphOrder: PDFBox sorts each page's glyphs
 * itself ({@code TextPositionComparator} in {@code PDFTextStripper.writePage}). The reference that the current
 * stripper's page texts must equal byte for byte (GlyphOrderAgainstPdfBoxTest).
 */
final class PdfBoxSortStripper extends PDFTextStripper {

    private final StringWriter written = new StringWriter();
    private final List<Integer> pageEnds = new ArrayList<>();
    private final DrawnGlyphs drawn = new DrawnGlyphs();
    private float lastEnd = -1;
    /** Articles on which TimSort found TextPositionComparator inconsistent (PDFBox then merge-sorts). */
    int inconsistentArticles;
    int sortedGlyphs;
    /** Whether to count {@link #inconsistentArticles} (an extra sort per article; off for timing). */
    boolean probe = true;

    PdfBoxSortStripper() throws IOException {
        setSortByPosition(true);
        setLineSeparator("\n");
        setSuppressDuplicateOverlappingText(false);
    }

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

    @Override
    protected void writePage() throws IOException {
        AnnotationText.show(this, getCurrentPage(), getCharactersByArticle());
        for (List<TextPosition> article : probe ? getCharactersByArticle() : List.<List<TextPosition>>of()) {
            sortedGlyphs += article.size();
            try {
                new ArrayList<>(article).sort(new org.apache.pdfbox.text.TextPositionComparator());
            } catch (IllegalArgumentException inconsistent) {
                inconsistentArticles++;
            }
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
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        pageEnds.add(written.getBuffer().length());
    }
}
