package vn.soat.signature;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Where the revisions of a PDF end: at each {@code %%EOF} marker, or after its end of line. */
record Revisions(List<Long> markerEnds, List<Long> ends) {

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    static Revisions of(byte[] pdf) {
        List<Long> markerEnds = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        int at = PdfSignatures.indexOf(pdf, EOF, 0);
        while (at >= 0) {
            int end = at + EOF.length;
            markerEnds.add((long) end);
            while (end < pdf.length && (pdf[end] == '\r' || pdf[end] == '\n')) {
                end++;
            }
            ends.add((long) end);
            at = PdfSignatures.indexOf(pdf, EOF, end);
        }
        return new Revisions(markerEnds, ends);
    }

    int count() {
        return ends.size();
    }

    /** The 1-based revision that ends at this offset, or 0 when the offset is not a revision's end. */
    int endingAt(long offset) {
        for (int i = 0; i < ends.size(); i++) {
            if (offset >= markerEnds.get(i) && offset <= ends.get(i)) {
                return i + 1;
            }
        }
        return 0;
    }
}
