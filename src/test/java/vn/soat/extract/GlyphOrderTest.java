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
import java.util.Random;
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

    /** One page as PDFTextStripper collected it: the glyphs in the order they arrived, and its articles. */
    record Page(List<TextPosition> arrived, List<List<TextPosition>> articles) {
    }

    private static List<Page> pages(Path file) throws IOException {
        return pages(Files.readAllBytes(file));
    }

    /** Each page of {@code file} as collected, before any sort. */
    static List<Page> pages(byte[] file) throws IOException {
        List<Page> pages = new ArrayList<>();
        List<TextPosition> arrived = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file)) {
            PDFTextStripper collector = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    arrived.add(glyph);
                    super.processTextPosition(glyph);
                }

                @Override
                protected void writePage() throws IOException {
                    List<List<TextPosition>> articles = new ArrayList<>();
                    getCharactersByArticle().forEach(glyphs -> articles.add(new ArrayList<>(glyphs)));
                    pages.add(new Page(List.copyOf(arrived), articles));
                    arrived.clear();
                    super.writePage();
                }
            };
            collector.setSortByPosition(true);
            collector.writeText(pdf, new StringWriter());
        }
        return pages;
    }

    private static List<Path> fixturePdfs() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
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

    /** The articles GlyphOrder gives after being told of {@code arrived}, checked against PDFBox's sort. */
    private static int assertPdfBoxOrder(Page page, List<TextPosition> arrived, String what) {
        GlyphOrder order = new GlyphOrder();
        arrived.forEach(order::arrived);
        List<List<TextPosition>> ours = new ArrayList<>();
        page.articles().forEach(glyphs -> ours.add(new ArrayList<>(glyphs)));
        order.sort(ours);
        int glyphs = 0;
        for (int i = 0; i < ours.size(); i++) {
            List<TextPosition> expected = new ArrayList<>(page.articles().get(i));
            sortAsPdfBox(expected);
            assertThat(ours.get(i)).as(what).containsExactlyElementsOf(expected);
            glyphs += expected.size();
        }
        return glyphs;
    }

    @Test
    void everyFixturePageComesOutInPdfBoxsOrder() throws IOException {
        int glyphs = 0;
        Random random = new Random(13);
        for (Path pdf : fixturePdfs()) {
            List<Page> pages;
            try {
                pages = pages(pdf);
            } catch (IOException broken) {
                continue; // fixtures/bad: damaged on purpose
            }
            for (Page page : pages) {
                glyphs += assertPdfBoxOrder(page, page.arrived(), pdf + ", positions read as the glyphs arrived");
                assertPdfBoxOrder(page, List.of(), pdf + ", positions read when sorting");
                List<TextPosition> shuffled = new ArrayList<>(page.arrived());
                Collections.shuffle(shuffled, random);
                assertPdfBoxOrder(page, shuffled, pdf + ", glyphs arrived in another order");
            }
        }
        assertThat(glyphs).isGreaterThan(50_000);
    }

    @Test
    void theSortedListStillSortsByAnyOtherOrder() throws IOException {
        Page first = pages(Path.of("fixtures/formats/seed-002.pdf")).get(0);
        List<List<TextPosition>> articles = new ArrayList<>(first.articles());
        new GlyphOrder().sort(articles);
        List<TextPosition> glyphs = articles.get(0);
        List<TextPosition> before = new ArrayList<>(glyphs);

        Collections.sort(glyphs, new TextPositionComparator());
        assertThat(glyphs).as("PDFBox's sort passes").containsExactlyElementsOf(before);

        glyphs.sort(Comparator.comparing(TextPosition::getUnicode));
        assertThat(glyphs).isSortedAccordingTo(Comparator.comparing(TextPosition::getUnicode));
    }
}
