package vn.soat.rulesdir;

/** The rules could not be loaded; the message names the file and line. Start-up must stop. */
public class RuleLoadException extends RuntimeException {

    public RuleLoadException(String message) {
        super(message);
    }

    public RuleLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
