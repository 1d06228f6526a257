package vn.soat.extract;

import vn.soat.ingest.Reason;

/**
 * The document is of a supported type but cannot be read: corrupt, truncated or encrypted. The message is the
 * reason in Vietnamese; {@link #reason()} has it in English too.
 */
public class ExtractionException extends Exception {

    private final transient Reason reason;

    public ExtractionException(Reason reason, Throwable cause) {
        super(reason.vi(), cause);
        this.reason = reason;
    }

    public ExtractionException(Reason reason) {
        super(reason.vi());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
