package vn.soat.review;

/**
 * The file cannot carry annotations: it is not a PDF, or PDFBox cannot open it (truncated, corrupt,
 * password-protected). The message is Vietnamese, for the user; the web layer answers it with a 4xx problem
 * (415 for a file that is not a PDF, 422 for a PDF that cannot be opened).
 */
public class UnannotatableFileException extends RuntimeException {

    private final boolean notPdf;

    UnannotatableFileException(String message, boolean notPdf, Throwable cause) {
        super(message, cause);
        this.notPdf = notPdf;
    }

    /** True when the file is not a PDF at all (an HTTP 415), false when it is a PDF that cannot be opened. */
    public boolean notPdf() {
        return notPdf;
    }
}
