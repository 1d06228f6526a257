package vn.soat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.text.TextPositionComparator;
import org.apache.pdfbox.util.IterativeMergeSort;
import org.junit.jupiter.api.Test;

/** GlyphOrder puts every page's glyphs in exactly the order PDFBox's own sort gives them, on every fixture PDF. */
class GlyphOrderTest {

    /** Each page's glyph lists as collected, before any sort. */
    private static List<List<TextPosition>> articles(Path file) throws IOException {
        List<List<TextPosition>> articles = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper collector = new PDFTextStripper() {
                @Override
                protected void writePage() throws IOException {
                    getCharactersByArticle().forEach(glyphs -> articles.add(new ArrayList<>(glyphs)));
                    super.writePage();
                }
            };
            collector.setSortByPosition(true);
            collector.writeText(pdf, new StringWriter());
        }
        return articles;
    }

    /** What PDFTextStripper.writePage does when sorting by position. */
    private static void sortAsPdfBox(List<TextPosition> glyphs) {
        TextPositionComparator comparator = new TextPositionComparator();
        try {
            Collections.sort(glyphs, comparator);
        } catch (IllegalArgumentException e) {
            IterativeMergeSort.sort(glyphs, comparator);
        }
    }

    @Test
    void everyFixturePageComesOutInPdfBoxsOrder() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        int glyphs = 0;
        for (Path pdf : pdfs) {
            List<List<TextPosition>> pages;
            try {
                pages = articles(pdf);
            } catch (IOException broken) {
                continue; // fixtures/bad: damaged on purpose
            }
            for (List<TextPosition> collected : pages) {
                List<TextPosition> expected = new ArrayList<>(collected);
                sortAsPdfBox(expected);
                List<List<TextPosition>> page = new ArrayList<>(List.of(new ArrayList<>(collected)));
                GlyphOrder.sort(page);
                List<TextPosition> ours = page.get(0);
                assertThat(ours).as(pdf.toString()).containsExactlyElementsOf(expected);
                List<TextPosition> again = new ArrayList<>(ours);
                sortAsPdfBox(again);
                assertThat(again).as("PDFBox's second sort changes nothing: " + pdf).containsExactlyElementsOf(ours);
                glyphs += collected.size();
            }
        }
        assertThat(glyphs).isGreaterThan(50_000);
    }

    @Test
    void theSortedListStillSortsByAnyOtherOrder() throws IOException {
        List<List<TextPosition>> page = new ArrayList<>(articles(Path.of("fixtures/formats/seed-002.pdf")).subList(0, 1));
        GlyphOrder.sort(page);
        List<TextPosition> glyphs = page.get(0);
        List<TextPosition> before = new ArrayList<>(glyphs);

        Collections.sort(glyphs, new TextPositionComparator());
        assertThat(glyphs).as("PDFBox's sort passes").containsExactlyElementsOf(before);

        glyphs.sort(Comparator.comparing(TextPosition::getUnicode));
        assertThat(glyphs).isSortedAccordingTo(Comparator.comparing(TextPosition::getUnicode));
    }
}
