package vn.soat.ingest;

/** Says what an unsupported file seems to be, so the user knows what to send instead. */
public final class UnsupportedContent {

    private UnsupportedContent() {
    }

    public static Reason describe(byte[] content) {
        if (MagicNumber.PNG.startsOf(content)) {
            return new Reason("tệp là ảnh PNG, không phải PDF, Word (DOCX, DOC) hay văn bản",
                    "the file is a PNG image, not a PDF, Word (DOCX, DOC) or text file");
        }
        if (MagicNumber.JPEG.startsOf(content)) {
            return new Reason("tệp là ảnh JPEG, không phải PDF, Word (DOCX, DOC) hay văn bản",
                    "the file is a JPEG image, not a PDF, Word (DOCX, DOC) or text file");
        }
        if (MagicNumber.OLE2.startsOf(content)) { // Word's own OLE2 files are DOC (FormatSniffer)
            return new Reason("tệp Office 97-2003 nhưng không phải văn bản Word (có thể là bảng tính Excel hoặc PowerPoint)",
                    "the file is an Office 97-2003 file but not a Word document (perhaps an Excel workbook or a PowerPoint)");
        }
        if (FormatSniffer.isWebPage(content)) {
            return new Reason("tệp là trang web (HTML), không phải PDF, Word (DOCX, DOC) hay văn bản; có thể hệ thống quản lý"
                    + " văn bản đã trả về trang đăng nhập hay trang báo lỗi thay cho văn bản",
                    "the file is a web page (HTML), not a PDF, Word (DOCX, DOC) or text file; the document system may have"
                    + " answered with its sign-in or error page instead of the document");
        }
        if (MagicNumber.ZIP.startsOf(content)) {
            return new Reason("tệp nén ZIP nhưng không phải tài liệu Word (DOCX)", "the file is a ZIP archive but not a Word document (DOCX)");
        }
        return new Reason("nội dung không phải PDF, Word (DOCX, DOC) hay văn bản UTF-8",
                "the content is not a PDF, Word (DOCX, DOC) or UTF-8 text");
    }
}
