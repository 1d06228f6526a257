package vn.soat.cli;

/** The command cannot run as asked (a missing file, a bad option value): one line, exit 2. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
