package vn.soat.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why a file or directory could not be read, in a user's words ({@code không có quyền đọc}), without its path. */
final class ReadFailure {

    private ReadFailure() {
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "không có quyền đọc";
        }
        if (e instanceof NoSuchFileException) {
            return "tệp không còn nữa (đã bị xóa hay đổi tên trong lúc kiểm tra?)";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return "lỗi vào/ra (" + fs.getReason() + ")";
        }
        return "lỗi vào/ra (" + e.getMessage() + ")";
    }

    /** The path Java names in {@code e}, then the reason: {@code /srv/nop/con: không có quyền đọc}. */
    static String withPath(IOException e) {
        return (e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "") + reason(e);
    }
}
