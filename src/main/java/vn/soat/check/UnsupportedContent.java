package vn.soat.check;

/** Says in Vietnamese what an unsupported file seems to be, so the user knows what to send instead. */
final class UnsupportedContent {

    private UnsupportedContent() {
    }

    static String describe(byte[] content) {
        if (starts(content, 0x89, 'P', 'N', 'G')) {
            return "tệp là ảnh PNG, không phải PDF, DOCX hay văn bản";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "tệp là ảnh JPEG, không phải PDF, DOCX hay văn bản";
        }
        if (starts(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "tệp Word 97-2003 (.doc) hoặc DOCX có mật khẩu; hãy lưu lại thành DOCX không mật khẩu hoặc PDF";
        }
        if (starts(content, 'P', 'K', 3, 4)) {
            return "tệp nén ZIP nhưng không phải tài liệu Word (DOCX)";
        }
        return "nội dung không phải PDF, DOCX hay văn bản UTF-8";
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
