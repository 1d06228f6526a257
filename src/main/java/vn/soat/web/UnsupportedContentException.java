package vn.soat.web;

import vn.soat.ingest.Reason;

/** The upload is not a PDF, a Word file (DOCX or DOC) or text, whatever its name says; the reason says what it seems to be. */
public class UnsupportedContentException extends RuntimeException {

    public UnsupportedContentException(String fileName, Reason reason) {
        super("Tệp \"" + fileName + "\": " + reason.vi() + ". soát nhận biết định dạng theo nội dung, không theo tên tệp.");
    }
}
