package vn.soat.ingest;

/** The document formats soát can read, decided by content, never by file name. DOC is Word 97-2003. */
public enum DocumentFormat {
    PDF, DOCX, DOC, TXT, UNKNOWN
}
