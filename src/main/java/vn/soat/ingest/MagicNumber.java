package vn.soat.ingest;

/**
 * The first bytes that tell a file's kind whatever its name: what {@link FormatSniffer} decides the format by
 * and what {@link UnsupportedContent} names a refused file by.
 */
enum MagicNumber {
    PDF('%', 'P', 'D', 'F'),
    /** A zip archive: DOCX, but also XLSX, PPTX, ODT… */
    ZIP('P', 'K', 3, 4),
    /** An OLE2 compound file: Word 97-2003, but also Excel, PowerPoint, Outlook… */
    OLE2(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
    PNG(0x89, 'P', 'N', 'G'),
    JPEG(0xFF, 0xD8, 0xFF),
    /** The byte order mark some editors put before UTF-8 text. */
    UTF8_BOM(0xEF, 0xBB, 0xBF);

    private final int[] prefix;

    MagicNumber(int... prefix) {
        this.prefix = prefix;
    }

    boolean startsOf(byte[] content) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
