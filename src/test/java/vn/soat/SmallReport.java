package vn.soat;

/**
 * The header and title of a small, correct báo cáo of a UBND xã (lines 1–9), for tests that write only the
 * part of a report they are about and assert the line a finding fires at.
 */
public final class SmallReport {

    /** Nine lines: issuer, number, Quốc hiệu, Tiêu ngữ, date, a blank, BÁO CÁO, the trích yếu, a blank. */
    public static final String HEADER = """
            UBND HUYỆN ĐỊNH HÓA
            ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH
            Số: 52/BC-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Phú Đình, ngày 25 tháng 11 năm 2024

            BÁO CÁO
            Kết quả công tác đối ngoại năm 2024

            """;

    private SmallReport() {
    }
}
