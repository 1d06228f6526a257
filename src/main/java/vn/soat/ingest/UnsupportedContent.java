package vn.soat.ingest;

/** Says in Vietnamese what an unsupported file seems to be, so the user knows what to send instead. */
public final class UnsupportedContent {

    private UnsupportedContent() {
    }

    public static String describe(byte[] content) {
        if (MagicNumber.PNG.startsOf(content)) {
            return "tệp là ảnh PNG, không phải PDF, Word (DOCX, DOC) hay văn bản";
        }
        if (MagicNumber.JPEG.startsOf(content)) {
            return "tệp là ảnh JPEG, không phải PDF, Word (DOCX, DOC) hay văn bản";
        }
        if (MagicNumber.OLE2.startsOf(content)) { // Word's own OLE2 files are DOC (FormatSniffer)
            return "tệp Office 97-2003 nhưng không phải văn bản Word (có thể là bảng tính Excel hoặc PowerPoint)";
        }
        if (MagicNumber.ZIP.startsOf(content)) {
            return "tệp nén ZIP nhưng không phải tài liệu Word (DOCX)";
        }
        return "nội dung không phải PDF, Word (DOCX, DOC) hay văn bản UTF-8";
    }
}
