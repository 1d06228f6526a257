package vn.soat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.soat.Fixtures;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;

/**
 * Each case of SIG_AUTHORITY and SIG_SIGNER_MISSING on a small document: a failing example gives exactly one
 * finding of the rule, with its severity, at the line named; a passing example (a near miss) gives none.
 */
class SignatureRulesTest {

    private static final String AUTHORITY = "SIG_AUTHORITY";
    private static final String SIGNER = "SIG_SIGNER_MISSING";

    /** A short report of the given issuer whose closing is {@code closing}. */
    static String report(String issuer, String closing) {
        return issuer + """

                Số: 12/BC-UBND
                Hà Nội, ngày 05 tháng 01 năm 2026
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc

                BÁO CÁO
                Kết quả công tác đối ngoại năm 2025

                I. KẾT QUẢ
                Nội dung đã thực hiện trong năm./.

                """ + closing;
    }

    /** A short Quyết định of a UBND xã, a document that decides for the collective. */
    static String decision(String signature) {
        return """
                ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH
                Số: 15/QĐ-UBND
                Phú Đình, ngày 05 tháng 01 năm 2026
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc

                QUYẾT ĐỊNH
                Về việc cử cán bộ đi công tác nước ngoài

                Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

                QUYẾT ĐỊNH:

                Điều 1. Cử ông Nguyễn Văn Bình đi công tác tại Lào từ ngày 10/01/2026.
                Điều 2. Văn phòng và ông Nguyễn Văn Bình chịu trách nhiệm thi hành Quyết định này./.

                Nơi nhận:
                - Như Điều 2;
                - Lưu: VT.

                """ + signature;
    }

    static String signed(String issuer, String signature) {
        return report(issuer, "Nơi nhận:\n- Sở Ngoại vụ;\n- Lưu: VT.\n\n" + signature);
    }

    static Stream<Arguments> failing() {
        return Stream.of(
                fail("marker without its dot", signed("BỘ NGOẠI GIAO", "KT BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A\n"),
                        AUTHORITY, Severity.ERROR, "KT BỘ TRƯỞNG"),
                fail("no space after the marker's dot",
                        signed("ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH", "TM. ỦY BAN NHÂN DÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n"),
                        AUTHORITY, Severity.WARNING, "KT.CHỦ TỊCH"),
                fail("TUQ. delegated on with KT.", signed("UBND TỈNH LÂM ĐỒNG\nSỞ NGOẠI VỤ",
                        "TUQ. GIÁM ĐỐC\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\nNguyễn Văn A\n"), AUTHORITY, Severity.ERROR,
                        "TUQ. GIÁM ĐỐC"),
                fail("a Sở under its parent UBND signed by a chairman",
                        signed("UBND TỈNH LÂM ĐỒNG\nSỞ NGOẠI VỤ", "CHỦ TỊCH\n\nNguyễn Văn A\n"), AUTHORITY, Severity.ERROR,
                        "CHỦ TỊCH"),
                fail("Văn phòng Chính phủ deputy without KT.",
                        signed("VĂN PHÒNG CHÍNH PHỦ", "PHÓ CHỦ NHIỆM\n\nNguyễn Văn A\n"), AUTHORITY, Severity.ERROR,
                        "PHÓ CHỦ NHIỆM"),
                fail("Bộ: KT. followed by another body's deputy",
                        signed("BỘ NGOẠI GIAO", "KT. BỘ TRƯỞNG\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A\n"), AUTHORITY, Severity.ERROR,
                        "KT. BỘ TRƯỞNG"),
                fail("Thủ tướng's deputy without KT.", signed("THỦ TƯỚNG CHÍNH PHỦ", "PHÓ THỦ TƯỚNG\n\nNguyễn Văn A\n"),
                        AUTHORITY, Severity.ERROR, "PHÓ THỦ TƯỚNG"),
                fail("post-2025 đặc khu: deputy signs TM. without KT.", signed("ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC",
                        "TM. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n"), AUTHORITY, Severity.ERROR,
                        "TM. ỦY BAN NHÂN DÂN"),
                fail("old tone placement still names the UBND", signed("UỶ BAN NHÂN DÂN XÃ PHÚ ĐÌNH",
                        "GIÁM ĐỐC\n\nNguyễn Văn A\n"), AUTHORITY, Severity.ERROR, "GIÁM ĐỐC"),
                fail("academic title before the name", signed("SỞ NGOẠI VỤ",
                        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTS. Nguyễn Văn A\n"), AUTHORITY, Severity.ERROR, "KT. GIÁM ĐỐC"),
                fail("TL. on a decision of the collective", decision("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn A\n"),
                        AUTHORITY, Severity.WARNING, "TL. CHỦ TỊCH"),
                fail("a placeholder and no name", signed("SỞ NGOẠI VỤ", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n"),
                        SIGNER, Severity.ERROR, "KT. GIÁM ĐỐC"),
                fail("no name before the annex", signed("SỞ NGOẠI VỤ",
                        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nPHỤ LỤC\nDanh Sách Đoàn Vào\n" + annex(80)), SIGNER, Severity.ERROR,
                        "KT. GIÁM ĐỐC"));
    }

    static Stream<Arguments> passing() {
        return Stream.of(
                pass("Văn phòng Chính phủ: KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM", signed("VĂN PHÒNG CHÍNH PHỦ",
                        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn A\n")),
                pass("Văn phòng Chính phủ: the head in person, (Đã ký) before the name", signed("VĂN PHÒNG CHÍNH PHỦ",
                        "BỘ TRƯỞNG, CHỦ NHIỆM\n(Đã ký)\nNguyễn Văn A\n")),
                pass("title and name glued", signed("VĂN PHÒNG CHÍNH PHỦ",
                        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆMNguyễn Văn A\n")),
                pass("Văn phòng Chính phủ: the head's double title wrapped and carrying the body's name", signed(
                        "VĂN PHÒNG CHÍNH PHỦ", "KT. BỘ TRƯỞNG\nCHỦ NHIỆM VP CHÍNH PHỦ\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn A\n")),
                pass("a blank form in the annex is not the document's signature", signed("SỞ NGOẠI VỤ",
                        "GIÁM ĐỐC\n(Đã ký)\nLê Thị Hà\nPHỤ LỤC\nMẫu số 1\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\n"
                        + "(Ký, ghi rõ họ tên và đóng dấu)\n")),
                pass("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG under a UBND", signed("UBND TỈNH THANH HÓA",
                        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn A\n")),
                pass("a decision signed TM. / KT. / deputy",
                        decision("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n")),
                pass("TL. then KT. of the Văn phòng's head", signed("UBND TỈNH THANH HÓA",
                        "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nNguyễn Văn A\n")),
                pass("acting head", signed("SỞ NGOẠI VỤ", "Q. GIÁM ĐỐC\n\nNguyễn Văn A\n")),
                pass("Bộ: KT. BỘ TRƯỞNG / THỨ TRƯỞNG", signed("BỘ NGOẠI GIAO", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A\n")),
                pass("Thủ tướng: KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG", signed("THỦ TƯỚNG CHÍNH PHỦ",
                        "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nNguyễn Văn A\n")),
                pass("Ngân hàng Nhà nước", signed("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM", "KT. THỐNG ĐỐC\nPHÓ THỐNG ĐỐC\n\nNguyễn Văn A\n")),
                pass("Thanh tra Chính phủ", signed("THANH TRA CHÍNH PHỦ",
                        "KT. TỔNG THANH TRA\nPHÓ TỔNG THANH TRA\n\nNguyễn Văn A\n")),
                pass("Ủy ban Dân tộc", signed("ỦY BAN DÂN TỘC",
                        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nTHỨ TRƯỞNG, PHÓ CHỦ NHIỆM\n\nNguyễn Văn A\n")),
                pass("HĐND deputy", signed("HỘI ĐỒNG NHÂN DÂN\nTỈNH THANH HÓA",
                        "TM. HỘI ĐỒNG NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n")),
                pass("post-2025 phường", signed("ỦY BAN NHÂN DÂN\nPHƯỜNG BA ĐÌNH",
                        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n")),
                pass("chairman in person", signed("CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA",
                        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n")),
                pass("old tone placement", signed("UỶ BAN NHÂN DÂN XÃ PHÚ ĐÌNH", "TM. UỶ BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n")),
                pass("Bộ Chỉ huy quân sự", signed("BỘ CHỈ HUY QUÂN SỰ\nTỈNH NGHỆ AN", "CHỈ HUY TRƯỞNG\n\nNguyễn Văn A\n")),
                pass("Công an tỉnh", signed("CÔNG AN TỈNH NGHỆ AN", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A\n")),
                pass("Ban quản lý", signed("BAN QUẢN LÝ KHU KINH TẾ", "TRƯỞNG BAN\n\nNguyễn Văn A\n")),
                pass("Cục", signed("BỘ NGOẠI GIAO\nCỤC LÃNH SỰ", "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Văn A\n")),
                pass("Trường", signed("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THPT QUAN SƠN", "HIỆU TRƯỞNG\n\nNguyễn Văn A\n")),
                pass("Văn phòng UBND", signed("VĂN PHÒNG UBND TỈNH", "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nNguyễn Văn A\n")),
                pass("an unlisted body under a listed parent is not judged as its parent", signed(
                        "BỘ Y TẾ\nVIỆN VỆ SINH DỊCH TỄ TRUNG ƯƠNG", "VIỆN TRƯỞNG\n\nNguyễn Văn A\n")),
                pass("an unlisted body is not judged", signed("HỘI CHỮ THẬP ĐỎ TỈNH NGHỆ AN",
                        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Văn A\n")),
                pass("[daky] placeholder", signed("SỞ NGOẠI VỤ", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n[daky]\nLê Thị Hà\n")),
                pass("(đã ký) placeholder", signed("SỞ NGOẠI VỤ", "GIÁM ĐỐC\n(đã ký)\n\nLê Thị Hà\n")),
                pass("bare Đã ký", signed("SỞ NGOẠI VỤ", "GIÁM ĐỐC\nĐã ký\nLê Thị Hà\n")),
                pass("image placeholder", signed("SỞ NGOẠI VỤ", "GIÁM ĐỐC\n[image]\nLê Thị Hà\n")),
                pass("military rank before the name", signed("BỘ QUỐC PHÒNG", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nThượng tướng Lê Văn Nam\n")),
                pass("placeholder after the name", signed("SỞ NGOẠI VỤ", "GIÁM ĐỐC\n\nLê Thị Hà (đã ký)\n")),
                pass("name followed by nothing", signed("SỞ NGOẠI VỤ", "GIÁM ĐỐC\n\nLê Thị Hà")),
                pass("block spread over blank lines", signed("SỞ NGOẠI VỤ",
                        "KT. GIÁM ĐỐC\n\n\nPHÓ GIÁM ĐỐC\n\n\n\n\n\nLê Thị Hà\n")),
                pass("block in a two-column table line", report("BỘ NGOẠI GIAO",
                        "Nơi nhận:\tKT. BỘ TRƯỞNG\n- Như trên;\tTHỨ TRƯỞNG\n- Lưu: VT, QHQT (3b).\t\n\t(Đã ký)\n\tNguyễn Văn A\n")),
                pass("signature followed by a long annex", signed("SỞ NGOẠI VỤ",
                        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Thị Hà\n\nPHỤ LỤC\nDanh Sách Đoàn Vào\n" + annex(80))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failing")
    void failingExampleGivesOneFindingAtItsLine(String name, String text, String ruleId, Severity severity, String at) {
        List<Finding> findings = findings(text, ruleId);
        assertThat(findings).as("%s on: %s", ruleId, name).hasSize(1);
        assertThat(findings.get(0).severity()).isEqualTo(severity);
        assertThat(findings.get(0).location().line()).as("line of %s", at).isEqualTo(lineOf(text, at));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passing")
    void passingExampleGivesNoSignatureFinding(String name, String text) {
        assertThat(findings(text, AUTHORITY)).as(name).isEmpty();
        assertThat(findings(text, SIGNER)).as(name).isEmpty();
    }

    private static List<Finding> findings(String text, String ruleId) {
        return Fixtures.checkText(text).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static int lineOf(String text, String line) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).strip().equals(line)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + line);
    }

    /** Rows of an annex table, long enough that the closing is far from the end of the text. */
    static String annex(int rows) {
        StringBuilder table = new StringBuilder("TT\tĐoàn\tSố người\n");
        for (int i = 1; i <= rows; i++) {
            table.append(i).append("\tĐoàn Hàn Quốc\t").append(i % 9 + 2).append('\n');
        }
        return table.toString();
    }

    private static Arguments fail(String name, String text, String ruleId, Severity severity, String at) {
        return Arguments.of(name, text, ruleId, severity, at);
    }

    private static Arguments pass(String name, String text) {
        return Arguments.of(name, text);
    }
}
