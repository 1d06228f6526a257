package vn.soat.ingest;

/** The document formats soát can read, decided by content; only an empty file by its name (FormatSniffer). DOC is Word 97-2003. */
public enum DocumentFormat {
    PDF, DOCX, DOC, TXT, UNKNOWN;

    /** The format a file's name says ({@code báo cáo.PDF} → PDF); TXT for any other name, UNKNOWN never. */
    public static DocumentFormat byName(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        return name.endsWith(".doc") ? DOC : TXT;
    }
}
