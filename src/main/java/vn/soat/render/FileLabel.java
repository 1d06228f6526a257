package vn.soat.render;

/**
 * A file name as printed on a terminal: control characters spelt out ({@code line1\nline2.txt}, {@code \x1b}),
 * so that a name with a newline keeps a report's header and the summary table one line per file, and a name
 * with escape sequences cannot drive the reader's terminal. JSON, SARIF and HTML carry the name as it is.
 */
public final class FileLabel {

    private FileLabel() {
    }

    public static String of(String file) {
        StringBuilder out = null;
        for (int i = 0; i < file.length(); i++) {
            char c = file.charAt(i);
            if (!Character.isISOControl(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(file.length() + 8).append(file, 0, i);
            }
            out.append(switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> String.format("\\x%02x", (int) c);
            });
        }
        return out == null ? file : out.toString();
    }
}
