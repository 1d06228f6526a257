package vn.soat.render;

/**
 * A file a run could not read at all — removed or made unreadable while the run went, over the size limit — so it
 * has no result; the reports of a whole run still name it.
 *
 * @param file   the path as given or found under a directory
 * @param reason why, in Vietnamese ({@code không có quyền đọc})
 */
public record Unread(String file, String reason) {
}
