package vn.soat.extract;

import vn.soat.ingest.DocumentFormat;

/** Chooses the extractor for a format. */
public final class TextExtractor {

    private TextExtractor() {
    }

    public static ExtractedDocument extract(DocumentFormat format, byte[] content) throws ExtractionException {
        return switch (format) {
            case PDF -> new PdfExtractor().extract(content);
            case DOCX -> new DocxExtractor().extract(content);
            case DOC -> new DocExtractor().extract(content);
            case TXT -> new PlainTextExtractor().extract(content);
            case UNKNOWN -> throw new ExtractionException("định dạng không được hỗ trợ");
        };
    }
}
