package vn.soat.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why the results could not be written, in the words of a user rather than of Java's exceptions. */
final class WriteFailure {

    private WriteFailure() {
    }

    static String reason(Exception e) {
        Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof AccessDeniedException) {
            return "không có quyền ghi";
        }
        if (cause instanceof NoSuchFileException) {
            return "thư mục không tồn tại";
        }
        String detail = cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : cause instanceof IOException io ? String.valueOf(io.getMessage()) : String.valueOf(cause);
        if (detail.contains("No space left")) {
            return "ổ đĩa đã đầy";
        }
        if (detail.contains("Is a directory")) {
            return "đó là một thư mục";
        }
        if (detail.contains("Read-only file system")) {
            return "ổ đĩa chỉ cho đọc";
        }
        return "lỗi vào/ra (" + detail + ")";
    }
}
