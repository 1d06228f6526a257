package vn.soat.ingest;

/** The document formats soát can read, decided by content, never by file name. */
public enum DocumentFormat {
    PDF, DOCX, TXT, UNKNOWN
}
