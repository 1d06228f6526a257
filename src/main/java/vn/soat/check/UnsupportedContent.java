package vn.soat.check;

/** Says in Vietnamese what an unsupported file seems to be, so the user knows what to send instead. */
final class UnsupportedContent {

    private UnsupportedContent() {
    }

    static String describe(byte[] content) {
        if (starts(content, 0x89, 'P', 'N', 'G')) {
            return "tệp là ảnh PNG, không phải PDF, Word (DOCX, DOC) hay văn bản";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "tệp là ảnh JPEG, không phải PDF, Word (DOCX, DOC) hay văn bản";
        }
        if (starts(content, 0xD0, 0xCF, 0x11, 0xE0)) { // Word's own OLE2 files are DOC (FormatSniffer)
            return "tệp Office 97-2003 nhưng không phải văn bản Word (có thể là bảng tính Excel hoặc PowerPoint)";
        }
        if (starts(content, 'P', 'K', 3, 4)) {
            return "tệp nén ZIP nhưng không phải tài liệu Word (DOCX)";
        }
        return "nội dung không phải PDF, Word (DOCX, DOC) hay văn bản UTF-8";
    }

    private static boolean starts(byte[] content, int... prefix) {
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
