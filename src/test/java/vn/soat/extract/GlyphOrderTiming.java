package vn.soat.extract;

import java.io.IOException;
import java.util.List;
import java.util.Random;

/**
 * Rough times of the stripper with GlyphOrder and with PDFBox sorting (PdfBoxSortStripper) on pages of growing
 * size, to see that neither grows faster than the other. Not a test: run by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) vn.soat.extract.GlyphOrderTiming}.
 */
final class GlyphOrderTiming {

    private GlyphOrderTiming() {
    }

    public static void main(String[] args) throws IOException {
        Random random = new Random(11);
        for (int glyphs : new int[] {30_000, 60_000, 120_000, 240_000, 480_000}) {
            for (String kind : new String[] {"grid", "beads"}) {
                byte[] pdf = EdgePdfs.document(List.of(kind.equals("grid") ? EdgePdfs.manyGlyphs(random, glyphs)
                        : EdgePdfs.interleavedBeads(random, glyphs, 100)));
                long[] ours = new long[3];
                long[] theirs = new long[3];
                for (int run = 0; run < 3; run++) {
                    ours[run] = GlyphOrderAgainstPdfBoxTest.current(pdf).nanos() / 1_000_000;
                    theirs[run] = GlyphOrderAgainstPdfBoxTest.pdfBoxSort(pdf, false).nanos() / 1_000_000;
                }
                java.util.Arrays.sort(ours);
                java.util.Arrays.sort(theirs);
                System.out.printf("%-5s %7d glyphs: GlyphOrder median %5d ms, PDFBox sort median %5d ms%n", kind, glyphs,
                        ours[1], theirs[1]);
            }
        }
    }
}
