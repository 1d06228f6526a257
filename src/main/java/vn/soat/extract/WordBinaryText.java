package vn.soat.extract;

/**
 * Turns the raw text of a Word 97-2003 story into what the reader sees. A field is stored as
 * {@code \u0013 instruction \u0014 result \u0015} (fields nest); only the result is shown. Manual line
 * breaks ({@code \u000b}) and page breaks are line breaks; cell and paragraph marks, anchors of pictures,
 * drawings and notes are not text. One instance follows one story, since a field may span runs and
 * paragraphs.
 */
final class WordBinaryText {

    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    /** For each open field, whether its result (true) or its instruction (false) is being read. */
    private final java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();

    String visible(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case FIELD_BEGIN -> fields.push(false);
                case FIELD_SEPARATOR -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                        fields.push(true);
                    }
                }
                case FIELD_END -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                    }
                }
                default -> {
                    if (!fields.contains(false)) {
                        append(out, c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char c) {
        switch (c) {
            case '\u000b', '\u000c' -> out.append('\n');
            case '\u001e' -> out.append('-'); // non-breaking hyphen
            // An optional hyphen is Unicode's soft hyphen, which the normalizer drops, except in a TCVN3 font,
            // where the byte 0xAD is the letter ư (LibreOffice saves it as Word's optional hyphen).
            case '\u001f' -> out.append('\u00AD');
            case '\t' -> out.append('\t');
            default -> {
                if (c >= 0x20) { // cell/row marks (7), paragraph marks, anchors of objects and notes (1, 2, 5, 8)
                    out.append(c);
                }
            }
        }
    }
}
