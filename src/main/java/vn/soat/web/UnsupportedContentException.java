package vn.soat.web;

/** The upload is not a PDF, a DOCX or text, whatever its name says. */
public class UnsupportedContentException extends RuntimeException {

    public UnsupportedContentException(String fileName) {
        super("Tệp \"" + fileName + "\" không phải PDF, DOCX hay văn bản (TXT). soát nhận biết định dạng theo nội dung, không theo tên tệp.");
    }
}
