package vn.soat.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.pagenavigation.PDThread;
import org.apache.pdfbox.pdmodel.interactive.pagenavigation.PDThreadBead;

/**
 * PDFs at the edges of PDFBox's text extraction, written with raw content streams so that every operand is
 * under control: rotated pages, text in four directions, beads, annotation appearances, split diacritics,
 * fake bold, huge coordinates, Type3 fonts, crop boxes, many glyphs, many pages, damaged page trees.
 * Content uses /F1 Helvetica, /F2 Times-Roman (WinAnsi) and /F3 a Type3 font with glyphs a..e.
 */
final class EdgePdfs {

    /** Unit text matrices of the four directions, as a b c d. */
    static final float[][] DIRECTIONS = {{1, 0, 0, 1}, {0, 1, -1, 0}, {-1, 0, 0, -1}, {0, -1, 1, 0}};

    private EdgePdfs() {
    }

    /** One page: its content stream, boxes, rotation, beads and annotations. */
    static final class PageSpec {
        final StringBuilder content = new StringBuilder();
        PDRectangle media = PDRectangle.A4;
        PDRectangle crop;
        int rotation;
        final List<PDRectangle> beads = new ArrayList<>();
        final List<Object[]> annotations = new ArrayList<>(); // kind, rect, appearance content

        PageSpec raw(String operators) {
            content.append(operators).append('\n');
            return this;
        }

        /** Text drawn with text matrix a b c d x y, font and size. */
        PageSpec text(String font, float size, float a, float b, float c, float d, float x, float y, String text) {
            content.append(String.format(Locale.ROOT, "BT /%s %s Tf %s %s %s %s %s %s Tm (%s) Tj ET%n", font,
                    num(size), num(a), num(b), num(c), num(d), num(x), num(y), escape(text)));
            return this;
        }

        PageSpec text(float size, int direction, float x, float y, String text) {
            float[] m = DIRECTIONS[direction];
            return text("F1", size, m[0], m[1], m[2], m[3], x, y, text);
        }
    }

    static String num(float value) {
        if (value == (long) value && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    static byte[] document(List<PageSpec> pages) throws IOException {
        return document(pages, null);
    }

    /** The document; {@code damage} may change the page tree before saving. */
    static byte[] document(List<PageSpec> pages, java.util.function.Consumer<PDDocument> damage) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDResources resources = resources(document);
            List<PDThread> threads = new ArrayList<>();
            for (PageSpec spec : pages) {
                PDPage page = new PDPage(spec.media);
                if (spec.crop != null) {
                    page.setCropBox(spec.crop);
                }
                page.setRotation(spec.rotation);
                page.setResources(resources);
                PDStream stream = new PDStream(document);
                try (OutputStream os = stream.createOutputStream()) {
                    os.write(spec.content.toString().getBytes(StandardCharsets.ISO_8859_1));
                }
                page.setContents(stream);
                document.addPage(page);
                if (!spec.beads.isEmpty()) {
                    List<PDThreadBead> beads = new ArrayList<>();
                    for (PDRectangle rect : spec.beads) {
                        PDThread thread = new PDThread();
                        PDThreadBead bead = new PDThreadBead();
                        bead.setRectangle(rect);
                        bead.setPage(page);
                        bead.setThread(thread);
                        thread.setFirstBead(bead);
                        beads.add(bead);
                        threads.add(thread);
                    }
                    page.setThreadBeads(beads);
                }
                for (Object[] annotation : spec.annotations) {
                    page.getAnnotations().add(annotation(document, resources, page, (String) annotation[0],
                            (PDRectangle) annotation[1], (String) annotation[2]));
                }
            }
            if (!threads.isEmpty()) {
                document.getDocumentCatalog().setThreads(threads);
            }
            if (damage != null) {
                damage.accept(document);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDAnnotation annotation(PDDocument document, PDResources resources, PDPage page, String kind,
            PDRectangle rect, String appearanceContent) throws IOException {
        PDAnnotation annotation = switch (kind) {
            case "freetext" -> new PDAnnotationFreeText();
            case "stamp" -> new PDAnnotationRubberStamp();
            default -> {
                PDAnnotationWidget widget = new PDAnnotationWidget();
                widget.getCOSObject().setItem(COSName.FT, COSName.SIG);
                yield widget;
            }
        };
        annotation.setRectangle(rect);
        PDAppearanceStream appearance = new PDAppearanceStream(document);
        appearance.setResources(resources);
        appearance.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        try (OutputStream os = appearance.getCOSObject().createOutputStream()) {
            os.write(appearanceContent.getBytes(StandardCharsets.ISO_8859_1));
        }
        PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
        dictionary.setNormalAppearance(appearance);
        annotation.setAppearance(dictionary);
        annotation.setPage(page);
        return annotation;
    }

    private static PDResources resources(PDDocument document) throws IOException {
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        resources.put(COSName.getPDFName("F2"), new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN));
        resources.put(COSName.getPDFName("F3"), type3(document));
        return resources;
    }

    /** A Type3 font with glyphs a..e (squares), a font matrix of 1/1000 and a tall bounding box. */
    private static PDType3Font type3(PDDocument document) throws IOException {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE3);
        font.setItem(COSName.FONT_BBOX, floats(0, -300, 1000, 1600));
        font.setItem(COSName.FONT_MATRIX, floats(0.001f, 0, 0, 0.001f, 0, 0));
        COSDictionary procs = new COSDictionary();
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(97));
        COSArray widths = new COSArray();
        for (char c = 'a'; c <= 'e'; c++) {
            COSStream proc = document.getDocument().createCOSStream();
            try (OutputStream os = proc.createOutputStream()) {
                os.write("600 0 0 0 500 700 d1 0 0 500 700 re f".getBytes(StandardCharsets.ISO_8859_1));
            }
            procs.setItem(COSName.getPDFName(String.valueOf(c)), proc);
            differences.add(COSName.getPDFName(String.valueOf(c)));
            widths.add(COSInteger.get(600));
        }
        font.setItem(COSName.CHAR_PROCS, procs);
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        font.setItem(COSName.ENCODING, encoding);
        font.setInt(COSName.FIRST_CHAR, 97);
        font.setInt(COSName.LAST_CHAR, 101);
        font.setItem(COSName.WIDTHS, widths);
        font.setItem(COSName.RESOURCES, new COSDictionary());
        return new PDType3Font(font);
    }

    private static COSArray floats(float... values) {
        COSArray array = new COSArray();
        for (float v : values) {
            array.add(new COSFloat(v));
        }
        return array;
    }

    // ---- generators ------------------------------------------------------------------------------------

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    /** WinAnsi diacritics PDFBox treats as such: grave, acute, circumflex, tilde, dieresis, ring, macron. */
    private static final String DIACRITICS = "`\u00b4^~\u00a8\u00b0\u00af";

    static String word(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    /** A random page aimed at the comparison's edges: see the class comment. */
    static PageSpec randomPage(Random random, int runs) {
        PageSpec page = new PageSpec();
        page.rotation = 90 * random.nextInt(4);
        if (random.nextInt(4) == 0) {
            page.media = new PDRectangle(-100 + random.nextInt(200), -100 + random.nextInt(200), 300 + random.nextInt(600),
                    300 + random.nextInt(600));
        }
        if (random.nextInt(4) == 0) {
            PDRectangle m = page.media;
            page.crop = new PDRectangle(m.getLowerLeftX() + random.nextInt(100), m.getLowerLeftY() + random.nextInt(100),
                    m.getWidth() / 2, m.getHeight() / 2);
        }
        float width = page.media.getWidth();
        float height = page.media.getHeight();
        float[] lines = new float[3 + random.nextInt(20)];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = page.media.getLowerLeftY() + random.nextFloat() * height;
        }
        for (int run = 0; run < runs; run++) {
            int kind = random.nextInt(20);
            float size = random.nextInt(8) == 0 ? 0.5f + random.nextFloat() * 60 : 6 + random.nextInt(10);
            // lines shared by runs of different sizes, nudged a little: overlapping line heights that are not transitive
            float y = lines[random.nextInt(lines.length)] + (random.nextBoolean() ? 0 : (random.nextFloat() - 0.5f) * size * 2);
            if (random.nextInt(10) == 0) {
                y = lines[random.nextInt(lines.length)] + (random.nextInt(3) - 1) * 0.05f;
            }
            float x = page.media.getLowerLeftX() + random.nextFloat() * width;
            int direction = random.nextInt(6) == 0 ? random.nextInt(4) : 0;
            String text = word(random, 1 + random.nextInt(12));
            switch (kind) {
                case 0 -> { // diacritic after its letter, or before
                    String d = String.valueOf(DIACRITICS.charAt(random.nextInt(DIACRITICS.length())));
                    if (random.nextBoolean()) {
                        page.text(size, direction, x, y, text.substring(0, 1));
                        page.text(size, direction, x + size * 0.05f, y, d);
                    } else {
                        page.text(size, direction, x + size * 0.05f, y, d);
                        page.text(size, direction, x, y, text.substring(0, 1));
                    }
                }
                case 1 -> { // fake bold
                    page.text(size, direction, x, y, text);
                    page.text(size, direction, x + 0.1f + random.nextFloat() * 0.3f, y + random.nextFloat() * 0.2f, text);
                }
                case 2 -> { // arbitrary angle, skew, mirror
                    double angle = random.nextDouble() * 2 * Math.PI;
                    float c = (float) Math.cos(angle) * size;
                    float s = (float) Math.sin(angle) * size;
                    page.text("F1", 1, c, s, random.nextBoolean() ? -s : s, c, x, y, text);
                }
                case 3 -> page.text("F3", size, 1, 0, 0, 1, x, y, "abcde".substring(0, 1 + random.nextInt(5)));
                case 4 -> page.text("F2", size, 1, 0, 0, 1, x, y, text + " " + word(random, 3));
                case 5 -> page.text(size, direction, x + width * (random.nextBoolean() ? 2 : -2), y, text); // off the page
                case 6 -> page.text(size, direction, x, y, "   " + text + "  . . ."); // spaces, dots
                case 7 -> page.raw(String.format(Locale.ROOT, "BT /F1 %s Tf 3 Tr %s %s Td 10 Ts 120 Tz 2 Tc (%s) Tj ET",
                        num(size), num(x), num(y), escape(text))); // invisible, rise, scaled, spaced
                case 8 -> page.text("F1", 1, 0, 0, 0, 0, x, y, text); // degenerate matrix: zero height and width
                default -> page.text(size, direction, x, y, text);
            }
        }
        if (random.nextInt(4) == 0) {
            for (int i = random.nextInt(4); i >= 0; i--) {
                page.beads.add(new PDRectangle(random.nextFloat() * width, random.nextFloat() * height,
                        random.nextFloat() * width, random.nextFloat() * height));
            }
        }
        if (random.nextInt(3) == 0) {
            String[] kinds = {"freetext", "stamp", "signature"};
            for (int i = random.nextInt(3); i >= 0; i--) {
                float y = lines[random.nextInt(lines.length)] - 5;
                PDRectangle rect = new PDRectangle(page.media.getLowerLeftX() + random.nextFloat() * width, y, 200, 40);
                String caption = random.nextBoolean() ? "BT /F1 8 Tf 2 28 Td (Signed by: SO NOI VU) Tj ET\n" : "";
                page.annotations.add(new Object[] {kinds[random.nextInt(3)], rect,
                        caption + String.format(Locale.ROOT, "BT /F1 %d Tf 2 5 Td (%s) Tj ET", 6 + random.nextInt(10),
                                escape(word(random, 1 + random.nextInt(6))))});
            }
        }
        return page;
    }

    /** A page of {@code glyphs} single glyphs in a grid of lines, drawn in random order, lines a little uneven. */
    static PageSpec manyGlyphs(Random random, int glyphs) {
        PageSpec page = new PageSpec();
        int columns = 400;
        int rows = (glyphs + columns - 1) / columns;
        page.media = new PDRectangle(columns * 2f + 20, rows * 2.5f + 20);
        List<int[]> cells = new ArrayList<>();
        for (int i = 0; i < glyphs; i++) {
            cells.add(new int[] {i % columns, i / columns});
        }
        java.util.Collections.shuffle(cells, random);
        page.content.append("BT /F1 2 Tf\n");
        for (int[] cell : cells) {
            float x = 10 + cell[0] * 2f;
            float y = 10 + cell[1] * 2.5f + (random.nextInt(5) == 0 ? random.nextFloat() * 1.2f : 0);
            page.content.append(String.format(Locale.ROOT, "1 0 0 1 %s %s Tm (%c) Tj%n", num(x), num(y),
                    LETTERS.charAt(random.nextInt(LETTERS.length()))));
        }
        page.content.append("ET\n");
        return page;
    }

    /**
     * A page of {@code glyphs} glyphs in two beads side by side, drawn in turns of {@code turn} glyphs left and
     * right: each article's glyphs arrive with long runs of the other's between them.
     */
    static PageSpec interleavedBeads(Random random, int glyphs, int turn) {
        PageSpec page = new PageSpec();
        int columns = 200;
        int rows = (glyphs / 2 + columns - 1) / columns;
        page.media = new PDRectangle(2 * columns * 2f + 60, rows * 2.5f + 20);
        page.beads.add(new PDRectangle(5, 5, columns * 2f + 10, rows * 2.5f + 10));
        page.beads.add(new PDRectangle(columns * 2f + 30, 5, columns * 2f + 10, rows * 2.5f + 10));
        page.content.append("BT /F1 2 Tf\n");
        int[] next = new int[2];
        for (int i = 0; i < glyphs; i++) {
            int side = (i / turn) % 2;
            int cell = next[side]++;
            float x = 10 + side * (columns * 2f + 30) + (cell % columns) * 2f;
            float y = 10 + (cell / columns) * 2.5f + (random.nextInt(5) == 0 ? random.nextFloat() * 1.2f : 0);
            page.content.append(String.format(Locale.ROOT, "1 0 0 1 %s %s Tm (%c) Tj%n", num(x), num(y),
                    LETTERS.charAt(random.nextInt(LETTERS.length()))));
        }
        page.content.append("ET\n");
        return page;
    }

    /**
     * One line of {@code glyphs} letters of sizes 4 to 40 pt, each raised or lowered up to 60 pt: line heights
     * overlapping so that TextPositionComparator is not transitive, and TimSort may give up on the page.
     */
    static PageSpec overlappingLines(Random random, int glyphs) {
        PageSpec page = new PageSpec();
        for (int i = 0; i < glyphs; i++) {
            page.text(4 + random.nextInt(37), 0, 20 + random.nextInt(500), 400 + random.nextInt(61),
                    String.valueOf(LETTERS.charAt(random.nextInt(26))));
        }
        return page;
    }
}
