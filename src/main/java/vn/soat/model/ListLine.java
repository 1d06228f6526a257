package vn.soat.model;

/**
 * One line of a {@code Kính gửi:} or {@code Nơi nhận:} list (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục
 * II.5 and II.9). {@code list} is {@code KINH_GUI} or {@code NOI_NHAN}; {@code size} the number of lines
 * in that list; {@code endMark} the punctuation the line ends with ({@code ;}, {@code .}, {@code ,} or
 * empty); {@code last} whether it is the list's last line. For the archive line ({@code Lưu}),
 * {@code archiveColon} says whether "Lưu" is followed by a colon and {@code vtFirst} whether VT
 * (the văn thư, written so) comes first.
 */
public record ListLine(
        String list,
        String text,
        int size,
        String endMark,
        boolean last,
        boolean archive,
        boolean archiveColon,
        boolean vtFirst,
        Location location,
        String excerpt) implements Located {

    public static final String KINH_GUI = "KINH_GUI";
    public static final String NOI_NHAN = "NOI_NHAN";

    /** The list as the form names it: "Kính gửi" or "Nơi nhận". */
    public String listName() {
        return KINH_GUI.equals(list) ? "Kính gửi" : "Nơi nhận";
    }

    /** How the line ends, as a message says it. */
    public String endMarkShown() {
        return endMark.isEmpty() ? "không có dấu kết thúc" : "kết thúc bằng \"" + endMark + "\"";
    }
}
