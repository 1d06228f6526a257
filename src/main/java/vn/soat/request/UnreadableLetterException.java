package vn.soat.request;

/** The request letter could not be read (not a document, no text, broken): the check cannot go on without it. */
public class UnreadableLetterException extends RuntimeException {

    public UnreadableLetterException(String reason) {
        super(reason);
    }
}
