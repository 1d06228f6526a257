package vn.soat.web;

/** The upload is not a PDF, a Word file (DOCX or DOC) or text, whatever its name says. */
public class UnsupportedContentException extends RuntimeException {

    public UnsupportedContentException(String fileName) {
        super("Tệp \"" + fileName + "\" không phải PDF, Word (DOCX, DOC) hay văn bản (TXT). soát nhận biết định dạng theo nội dung, không theo tên tệp.");
    }
}
