package vn.soat.extract;

/** The document is of a supported type but cannot be read: corrupt, truncated or encrypted. */
public class ExtractionException extends Exception {

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExtractionException(String message) {
        super(message);
    }
}
