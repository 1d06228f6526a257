package vn.soat.extract;

import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.Reason;
import vn.soat.ingest.TextDecoder;

/** Plain text: one source line per line of the file; the whole file counts as page 1. */
final class PlainTextExtractor {

    ExtractedDocument extract(byte[] content) throws ExtractionException {
        String text = TextDecoder.decode(content)
                .orElseThrow(() -> new ExtractionException(new Reason("tệp văn bản không đọc được bằng UTF-8, UTF-16, TCVN3 hay VNI",
                        "the text file reads as none of UTF-8, UTF-16, TCVN3 or VNI")));
        LineCollector lines = new LineCollector();
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int count = raw.length;
        if (count > 0 && raw[count - 1].isEmpty()) {
            count--;
        }
        for (int i = 0; i < count; i++) {
            lines.add(1, raw[i]);
        }
        Legacy.Result converted = Legacy.convertRecognised(lines, text);
        return new ExtractedDocument(DocumentFormat.TXT, 1, converted.lines(), converted.legacy());
    }
}
