package vn.soat.signature;

import java.util.ArrayList;
import java.util.List;

/** Where the revisions of a PDF end: at each {@code %%EOF} marker, or after its end of line. */
record Revisions(List<Long> markerEnds, List<Long> ends) {

    private static final String EOF = "%%EOF";

    /** @param pdf the file as Latin-1 text ({@link PdfSignatures#latin1}) */
    static Revisions of(String pdf) {
        List<Long> markerEnds = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        int at = pdf.indexOf(EOF);
        while (at >= 0) {
            int end = at + EOF.length();
            markerEnds.add((long) end);
            while (end < pdf.length() && (pdf.charAt(end) == '\r' || pdf.charAt(end) == '\n')) {
                end++;
            }
            ends.add((long) end);
            at = pdf.indexOf(EOF, end);
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
