package vn.soat.extract;

import java.util.Optional;
import vn.soat.extract.ocr.OcrEngine;
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.Reason;

/** Chooses the extractor for a format. */
public final class TextExtractor {

    private TextExtractor() {
    }

    public static ExtractedDocument extract(DocumentFormat format, byte[] content) throws ExtractionException {
        return extract(format, content, Optional.empty());
    }

    /** With an OCR engine, PDF pages without usable text are recognised from their image. */
    public static ExtractedDocument extract(DocumentFormat format, byte[] content, Optional<OcrEngine> ocr)
            throws ExtractionException {
        return switch (format) {
            case PDF -> new PdfExtractor(ocr).extract(content);
            case DOCX -> new DocxExtractor().extract(content);
            case DOC -> new DocExtractor().extract(content);
            case TXT -> new PlainTextExtractor().extract(content);
            case UNKNOWN -> throw new ExtractionException(new Reason("định dạng không được hỗ trợ", "the format is not supported"));
        };
    }
}
