package vn.soat.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.text.TextPositionComparator;
import org.apache.pdfbox.util.IterativeMergeSort;
import org.junit.jupiter.api.Test;

/**
 * The page texts of PdfExtractor's stripper (glyphs put in order by GlyphOrder) against those of the same
 * stripper letting PDFBox sort (PdfBoxSortStripper, as before GlyphOrder), byte for byte, on every
 * fixture PDF and on generated PDFs at the edges of the comparison (EdgePdfs).
 */
class GlyphOrderAgainstPdfBoxTest {

    /** Page texts, or the failure, of one stripper on one PDF. */
    record Outcome(List<String> pages, String failure, int inconsistentArticles, int glyphs, long nanos) {
    }

    static Outcome current(byte[] pdf) {
        long start = System.nanoTime();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new PdfExtractor.ColumnAwareStripper().pageTexts(document);
            return new Outcome(pages, null, 0, 0, System.nanoTime() - start);
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, e.toString(), 0, 0, System.nanoTime() - start);
        }
    }

    private static Outcome pdfBoxSort(byte[] pdf) {
        return pdfBoxSort(pdf, true);
    }

    static Outcome pdfBoxSort(byte[] pdf, boolean probe) {
        long start = System.nanoTime();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfBoxSortStripper stripper = new PdfBoxSortStripper();
            stripper.probe = probe;
            List<String> pages = stripper.pageTexts(document);
            return new Outcome(pages, null, stripper.inconsistentArticles, stripper.sortedGlyphs, System.nanoTime() - start);
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, e.toString(), 0, 0, System.nanoTime() - start);
        }
    }

    /** Asserts both strippers read {@code pdf} the same; returns PDFBox's outcome. */
    private static Outcome assertSame(String what, byte[] pdf) {
        Outcome ours = current(pdf);
        Outcome theirs = pdfBoxSort(pdf);
        assertThat(ours.failure()).as(what + ": failure").isEqualTo(theirs.failure());
        if (theirs.pages() != null) {
            assertThat(ours.pages()).as(what + ": page count").hasSameSizeAs(theirs.pages());
            for (int i = 0; i < theirs.pages().size(); i++) {
                assertThat(ours.pages().get(i)).as(what + ": page " + (i + 1)).isEqualTo(theirs.pages().get(i));
            }
        }
        if (Boolean.getBoolean("glyphbreak.show")) {
            System.out.println("=== " + what + ": " + (theirs.failure() != null ? theirs.failure() : theirs.pages()));
        }
        return theirs;
    }

    @Test
    void everyFixturePdfReadsTheSame() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(Path.of("fixtures"))) {
            files = all.filter(f -> f.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        int glyphs = 0;
        int inconsistent = 0;
        for (Path file : files) {
            Outcome outcome = assertSame(file.toString(), Files.readAllBytes(file));
            glyphs += outcome.glyphs();
            inconsistent += outcome.inconsistentArticles();
        }
        System.out.printf("fixtures: %d glyphs sorted, TimSort inconsistent on %d articles%n", glyphs, inconsistent);
        assertThat(files).hasSizeGreaterThan(40);
        assertThat(glyphs).isGreaterThan(50_000);
    }

    @Test
    void pagesRotatedEachWayWithTextInEachDirectionReadTheSame() throws IOException {
        List<EdgePdfs.PageSpec> pages = new ArrayList<>();
        for (int rotation = 0; rotation < 360; rotation += 90) {
            EdgePdfs.PageSpec page = new EdgePdfs.PageSpec();
            page.rotation = rotation;
            for (int direction = 0; direction < 4; direction++) {
                for (int line = 0; line < 5; line++) {
                    page.text(11, direction, 150 + 60 * direction, 200 + 90 * line + direction, "Dir" + direction + " line" + line);
                    page.text(9, (direction + line) % 4, 300, 400 + 13 * line, "x" + line);
                }
            }
            pages.add(page);
        }
        assertSame("rotations", EdgePdfs.document(pages));
    }

    @Test
    void beadsAnnotationsAndCoveredBlanksReadTheSame() throws IOException {
        EdgePdfs.PageSpec page = new EdgePdfs.PageSpec();
        page.text(13, 0, 72, 760, "So: ........../BC-SNV");
        page.text(13, 0, 300, 760, "ngay      thang      nam 2025");
        for (int line = 0; line < 30; line++) {
            page.text(12, 0, 72, 700 - 18 * line, "Left column line " + line);
            page.text(12, 0, 320, 700 - 18 * line + 0.05f * line, "Right column line " + line);
        }
        page.beads.add(new PDRectangle(60, 150, 240, 600));
        page.beads.add(new PDRectangle(310, 150, 240, 600));
        page.beads.add(new PDRectangle(200, 400, 200, 100)); // overlaps both
        page.annotations.add(new Object[] {"stamp", new PDRectangle(90, 752, 80, 20), "BT /F1 13 Tf 8 6 Td (318) Tj ET"});
        page.annotations.add(new Object[] {"signature", new PDRectangle(300, 100, 200, 60),
                "BT /F1 9 Tf 2 40 Td (Signed by: SO NOI VU) Tj 0 -12 Td (Date: 05.11.2025) Tj 0 -12 Td (Nguyen Van A) Tj ET"});
        page.annotations.add(new Object[] {"freetext", new PDRectangle(72, 120, 200, 20), "BT /F1 12 Tf 2 5 Td (Typed note) Tj ET"});
        page.annotations.add(new Object[] {"stamp", new PDRectangle(320, 680, 100, 40),
                "BT /F1 12 Tf 0 1 -1 0 20 2 Tm (Vertical stamp) Tj ET"});
        EdgePdfs.PageSpec rotated = new EdgePdfs.PageSpec();
        rotated.rotation = 90;
        rotated.content.append(page.content);
        rotated.beads.addAll(page.beads);
        rotated.annotations.addAll(page.annotations);
        assertSame("beads and annotations", EdgePdfs.document(List.of(page, rotated, new EdgePdfs.PageSpec(), page)));
    }

    @Test
    void splitDiacriticsFakeBoldAndTinyPagesReadTheSame() throws IOException {
        EdgePdfs.PageSpec page = new EdgePdfs.PageSpec();
        String[] marks = {"`", "\u00b4", "^", "~", "\u00a8", "\u00b0"};
        for (int i = 0; i < marks.length; i++) {
            page.text(14, 0, 72, 700 - 20 * i, "e");
            page.text(14, 0, 73, 700 - 20 * i + 2, marks[i]);
            page.text(14, 0, 201, 700 - 20 * i + 2, marks[i]);
            page.text(14, 0, 200, 700 - 20 * i, "a");
            page.text(14, 0, 300, 700 - 20 * i, "Bold text");
            page.text(14, 0, 300.2f, 700 - 20 * i + 0.1f, "Bold text");
        }
        EdgePdfs.PageSpec one = new EdgePdfs.PageSpec().text(12, 0, 100, 100, "x");
        EdgePdfs.PageSpec oneMark = new EdgePdfs.PageSpec().text(12, 0, 100, 100, "\u00b4");
        assertSame("diacritics, bold, one glyph", EdgePdfs.document(List.of(page, new EdgePdfs.PageSpec(), one, oneMark)));
    }

    @Test
    void hugeCoordinatesDegenerateMatricesType3AndTextOutsideTheCropBoxReadTheSame() throws IOException {
        EdgePdfs.PageSpec page = new EdgePdfs.PageSpec();
        page.crop = new PDRectangle(100, 100, 300, 300);
        page.text(12, 0, 150, 150, "inside");
        page.text(12, 0, 10, 10, "outside below left");
        page.text(12, 0, 500, 700, "outside above right");
        page.text("F1", 1e18f, 1, 0, 0, 1, 1e19f, -1e19f, "huge");
        page.text("F1", 12, 1, 0, 0, 1, 3e38f, 200, "far right");
        page.text("F1", 12, 1, 0, 0, 1, 200, -3e38f, "far down");
        page.text("F1", 3e38f, 1, 0, 0, 1, 200, 200, "tall");
        page.text("F1", 12, 0, 0, 0, 0, 200, 210, "flat");
        page.text("F1", 12, 1e-30f, 0, 0, 1e-30f, 200, 220, "tiny");
        page.text("F3", 24, 1, 0, 0, 1, 150, 300, "abcde");
        page.text("F3", 24, 0, 1, -1, 0, 350, 300, "edcba");
        page.text("F3", 24, 1, 0, 0, 1, 160, 305, "bad");
        assertSame("huge, type3, crop", EdgePdfs.document(List.of(page)));
        EdgePdfs.PageSpec infinite = new EdgePdfs.PageSpec();
        infinite.text(12, 0, 100, 100, "before");
        infinite.text("F1", 3e38f, 3e38f, 0, 0, 3e38f, 0, 0, "overflow");
        infinite.text(12, 0, 100, 120, "after");
        assertSame("matrix overflowing to infinity", EdgePdfs.document(List.of(infinite, page)));
        // a page as large as a float: pageHeight - y and pageWidth - x overflow, so that line bottoms are infinite
        // and their difference NaN
        List<EdgePdfs.PageSpec> vast = new ArrayList<>();
        for (int rotation = 0; rotation < 360; rotation += 90) {
            EdgePdfs.PageSpec huge = new EdgePdfs.PageSpec();
            huge.media = new PDRectangle(-3e38f, -3e38f, 3e38f, 3e38f);
            huge.rotation = rotation;
            for (int direction = 0; direction < 4; direction++) {
                huge.text(12, direction, -3e38f, -3e38f, "corner" + direction);
                huge.text(12, direction, 3e38f, 3e38f, "opposite" + direction);
                huge.text(12, direction, -3e38f, 3e38f, "top" + direction);
                huge.text(12, direction, 100, -3e38f, "bottom" + direction);
                huge.text(12, direction, 100, 100, "middle" + direction);
            }
            vast.add(huge);
        }
        assertSame("float-sized pages", EdgePdfs.document(vast));
    }

    @Test
    void damagedPageTreesReadTheSame() throws IOException {
        List<EdgePdfs.PageSpec> pages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pages.add(new EdgePdfs.PageSpec().text(12, 0, 72, 700, "Page " + i).text(12, 0, 72, 680, "second line " + i));
        }
        assertSame("count too high", EdgePdfs.document(pages, pdf -> pdf.getPages().getCOSObject().setInt(COSName.COUNT, 9)));
        assertSame("count too low", EdgePdfs.document(pages, pdf -> pdf.getPages().getCOSObject().setInt(COSName.COUNT, 1)));
        assertSame("a kid that is no page", EdgePdfs.document(pages, pdf -> {
            COSArray kids = pdf.getPages().getCOSObject().getCOSArray(COSName.KIDS);
            kids.add(1, COSInteger.get(7));
            COSDictionary empty = new COSDictionary();
            empty.setItem(COSName.TYPE, COSName.PAGES);
            kids.add(2, empty);
        }));
        assertSame("a page tree holding itself", EdgePdfs.document(pages, pdf -> {
            COSArray kids = pdf.getPages().getCOSObject().getCOSArray(COSName.KIDS);
            kids.add(pdf.getPages().getCOSObject());
        }));
    }

    @Test
    void randomEdgePagesReadTheSame() throws IOException {
        Random random = new Random(20261201);
        int inconsistent = 0;
        int glyphs = 0;
        for (int doc = 0; doc < 150; doc++) {
            List<EdgePdfs.PageSpec> pages = new ArrayList<>();
            for (int page = random.nextInt(4); page >= 0; page--) {
                pages.add(EdgePdfs.randomPage(random, random.nextInt(5) == 0 ? random.nextInt(3) : 20 + random.nextInt(400)));
            }
            Outcome outcome = assertSame("random document " + doc, EdgePdfs.document(pages));
            inconsistent += outcome.inconsistentArticles();
            glyphs += outcome.glyphs();
        }
        System.out.printf("random: %d glyphs sorted, TimSort inconsistent on %d articles%n", glyphs, inconsistent);
        assertThat(inconsistent).as("articles on which PDFBox falls back to its merge sort").isGreaterThan(5);
    }

    @Test
    void aPageOfManyGlyphsAndAManyPageDocumentReadTheSame() throws IOException {
        Random random = new Random(7);
        byte[] big = EdgePdfs.document(List.of(EdgePdfs.manyGlyphs(random, 120_000)));
        assertSame("120000 glyphs", big);
        assertSame("120000 glyphs in two beads, arriving in turns of 100",
                EdgePdfs.document(List.of(EdgePdfs.interleavedBeads(random, 120_000, 100))));
        List<EdgePdfs.PageSpec> pages = new ArrayList<>();
        pages.add(EdgePdfs.manyGlyphs(random, 30_000));
        for (int page = 0; page < 300; page++) {
            pages.add(page % 7 == 3 ? new EdgePdfs.PageSpec() : EdgePdfs.randomPage(random, random.nextInt(60)));
        }
        pages.add(EdgePdfs.manyGlyphs(random, 5_000));
        assertSame("302 pages", EdgePdfs.document(pages));
    }

    /**
     * TimSort gives up on this page (35 glyphs of lines overlapping non-transitively) and PDFBox merge-sorts what
     * TimSort left half sorted: the text depends on that state, not only on the glyphs. No fixture PDF makes
     * TimSort give up, so GlyphOrderTest never reaches GlyphOrder's fallback; this page does.
     */
    @Test
    void aPageOnWhichTimSortGivesUpReadsTheSame() throws IOException {
        byte[] pdf = EdgePdfs.document(List.of(EdgePdfs.overlappingLines(new Random(43), 35)));
        Outcome theirs = assertSame("TimSort gives up", pdf);
        assertThat(theirs.inconsistentArticles()).as("articles TimSort gave up on").isEqualTo(1);

        GlyphOrderTest.Page page = GlyphOrderTest.pages(pdf).get(0);
        List<TextPosition> arrived = page.arrived();
        List<TextPosition> article = page.articles().get(0);
        TextPositionComparator comparator = new TextPositionComparator();
        List<TextPosition> asPdfBox = new ArrayList<>(article);
        assertThatThrownBy(() -> Collections.sort(asPdfBox, comparator)).isInstanceOf(IllegalArgumentException.class);
        IterativeMergeSort.sort(asPdfBox, comparator);
        List<TextPosition> mergedFromArrival = new ArrayList<>(article);
        IterativeMergeSort.sort(mergedFromArrival, comparator);
        assertThat(mergedFromArrival).as("merge sort from the order of arrival").isNotEqualTo(asPdfBox);

        GlyphOrder order = new GlyphOrder();
        arrived.forEach(order::arrived);
        List<List<TextPosition>> ours = new ArrayList<>(List.of(new ArrayList<>(article)));
        order.sort(ours);
        assertThat(ours.get(0)).containsExactlyElementsOf(asPdfBox);
    }
}
