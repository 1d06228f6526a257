package vn.soat.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * PdfExtractor's stripper with PDFBox sorting each page's glyphs itself ({@code TextPositionComparator} in
 * {@code PDFTextStripper.writePage}), as before GlyphOrder: the reference that the stripper's page texts must equal
 * byte for byte (GlyphOrderAgainstPdfBoxTest). It also counts the articles on which PDFBox's TimSort gives up.
 */
final class PdfBoxSortStripper extends PdfExtractor.ColumnAwareStripper {

    /** Articles on which TimSort found TextPositionComparator inconsistent (PDFBox then merge-sorts). */
    int inconsistentArticles;
    int sortedGlyphs;
    /** Whether to count {@link #inconsistentArticles} (an extra sort per article; off for timing). */
    boolean probe = true;

    PdfBoxSortStripper() throws IOException {
        super(null);
    }

    /** Each article is counted as PDFBox sorts it, after the stripper has added the annotation glyphs. */
    @Override
    protected void writePage() throws IOException {
        if (probe) {
            List<List<TextPosition>> articles = getCharactersByArticle();
            for (int i = 0; i < articles.size(); i++) {
                articles.set(i, new Probed(articles.get(i)));
            }
        }
        super.writePage();
    }

    /** An article that, when PDFBox sorts it, first tries TimSort on a copy to see whether it gives up. */
    private final class Probed extends ArrayList<TextPosition> {

        Probed(List<TextPosition> glyphs) {
            super(glyphs);
        }

        @Override
        public void sort(Comparator<? super TextPosition> order) {
            sortedGlyphs += size();
            try {
                new ArrayList<>(this).sort(order);
            } catch (IllegalArgumentException inconsistent) {
                inconsistentArticles++;
            }
            super.sort(order);
        }
    }
}
