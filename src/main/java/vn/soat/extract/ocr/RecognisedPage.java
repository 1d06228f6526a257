package vn.soat.extract.ocr;

import java.util.List;

/** What OCR read on one page: its lines top to bottom (a tab between side-by-side columns), and how sure it was. */
public record RecognisedPage(int page, List<String> lines, double meanConfidence, int words) {

    public boolean isBlank() {
        return words == 0;
    }
}
