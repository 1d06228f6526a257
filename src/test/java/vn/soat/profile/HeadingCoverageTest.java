package vn.soat.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.soat.model.Location;
import vn.soat.rulesdir.RuleFiles;

/**
 * Headings as units really word them, each against the items of every shipped profile that has
 * the item: {@code +} must cover it, {@code -} (a heading of another item) must not. Rows marked
 * (seed) are headings of the real reports in fixtures/seeds; the others are wordings seen in
 * published reports of UBND and Sở Ngoại vụ, with and without diacritics.
 */
class HeadingCoverageTest {

    private static final ProfileCatalogue PROFILES = ProfileCatalogue.load(RuleFiles.in(Path.of("rules")));

    /** item | + covers / - must not | heading. */
    private static final String TABLE = """
            dac-diem | + | I. ĐẶC ĐIỂM TÌNH HÌNH
            dac-diem | + | BỐI CẢNH TÌNH HÌNH CÔNG TÁC ĐỐI NGOẠI (seed)
            dac-diem | + | Đặc điểm tình hình chung của xã
            dac-diem | + | Khái quát tình hình địa phương
            dac-diem | + | TÌNH HÌNH CHUNG
            dac-diem | + | DAC DIEM TINH HINH
            dac-diem | - | TÌNH HÌNH THỰC HIỆN CÔNG TÁC ĐỐI NGOẠI
            dac-diem | - | KẾT QUẢ ĐẠT ĐƯỢC
            dac-diem | - | Khó khăn, hạn chế
            ket-qua | + | KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2026
            ket-qua | + | Kết quả thực hiện nhiệm vụ đối ngoại
            ket-qua | + | TÌNH HÌNH THỰC HIỆN CÔNG TÁC ĐỐI NGOẠI
            ket-qua | + | ĐÁNH GIÁ KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI
            ket-qua | + | KET QUA CONG TAC DOI NGOAI
            ket-qua | + | KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI NĂM 2019 (seed)
            ket-qua | + | Những kết quả đạt được trong 6 tháng đầu năm
            ket-qua | + | Kết quả thực hiện công tác thông tin đối ngoại năm 2025
            ket-qua | - | PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC ĐỐI NGOẠI 6 THÁNG CUỐI NĂM 2026
            ket-qua | - | KẾ HOẠCH CÔNG TÁC ĐỐI NGOẠI NĂM 2025 (seed)
            ket-qua | - | Tình hình chung
            ket-qua | - | Nâng cao hiệu quả công tác đối ngoại
            ket-qua | - | KHÓ KHĂN, HẠN CHẾ
            han-che | + | KHÓ KHĂN, HẠN CHẾ
            han-che | + | Tồn tại, hạn chế và nguyên nhân
            han-che | + | KHÓ KHĂN, VƯỚNG MẮC NGUYÊN NHÂN. (seed)
            han-che | + | Những hạn chế, khó khăn
            han-che | + | Một số tồn tại, hạn chế
            han-che | + | HAN CHE, KHO KHAN
            han-che | - | KẾT QUẢ ĐẠT ĐƯỢC
            han-che | - | PHƯƠNG HƯỚNG, NHIỆM VỤ
            han-che | - | KIẾN NGHỊ, ĐỀ XUẤT
            han-che | - | Quan hệ hữu nghị với Hàn Quốc
            phuong-huong | + | PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026
            phuong-huong | + | Nhiệm vụ trọng tâm 6 tháng cuối năm
            phuong-huong | + | PHƯƠNG HƯỚNG VÀ DỰ KIẾN KẾ HOẠCH CÔNG TÁC ĐỐI NGOẠI NĂM 2020 (seed)
            phuong-huong | + | KẾ HOẠCH CÔNG TÁC ĐỐI NGOẠI NĂM 2025 (seed)
            phuong-huong | + | Nhiệm vụ, giải pháp 6 tháng cuối năm 2026
            phuong-huong | + | Định hướng công tác đối ngoại năm 2027
            phuong-huong | + | PHUONG HUONG NHIEM VU
            phuong-huong | - | KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐỐI NGOẠI
            phuong-huong | - | Tình hình thực hiện nhiệm vụ
            phuong-huong | - | KIẾN NGHỊ
            phuong-huong | - | Đặc điểm tình hình
            nhiem-vu | + | NHIỆM VỤ TRỌNG TÂM NĂM 2023
            nhiem-vu | + | Phương hướng, nhiệm vụ năm 2026
            nhiem-vu | + | Nhiệm vụ, giải pháp thời gian tới
            nhiem-vu | + | Kế hoạch năm 2026
            nhiem-vu | + | PHUONG HUONG NHIEM VU
            nhiem-vu | - | Kết quả thực hiện nhiệm vụ
            nhiem-vu | - | Tồn tại, hạn chế
            nhiem-vu | - | Kiến nghị
            kien-nghi | + | KIẾN NGHỊ, ĐỀ XUẤT
            kien-nghi | + | Đề xuất, kiến nghị
            kien-nghi | + | KIẾN NGHỊ VÀ ĐỀ XUẤT. (seed)
            kien-nghi | + | ĐỀ XUẤT, GIẢI PHÁP, KIẾN NGHỊ ĐỂ NÂNG CAO CHẤT LƯỢNG, HIỆU QUẢ CÔNG TÁC ĐỐI NGOẠI (seed)
            kien-nghi | + | Một số kiến nghị
            kien-nghi | + | KIEN NGHI
            kien-nghi | - | KẾT QUẢ
            kien-nghi | - | PHƯƠNG HƯỚNG
            kien-nghi | - | Hạn chế, khó khăn
            doan-ra-doan-vao | + | Công tác quản lý đoàn ra, đoàn vào
            doan-ra-doan-vao | + | Công tác tổ chức, quản lý đoàn ra/đoàn vào (seed)
            doan-ra-doan-vao | + | Tình hình đoàn ra, đoàn vào
            doan-ra-doan-vao | + | Quản lý các đoàn ra và đoàn vào
            doan-ra-doan-vao | + | Đón tiếp khách quốc tế
            doan-ra-doan-vao | + | DOAN RA, DOAN VAO
            doan-ra-doan-vao | - | Công tác quản lý hội nghị, hội thảo quốc tế
            doan-ra-doan-vao | - | Công tác lãnh sự và bảo hộ công dân
            doan-ra-doan-vao | - | Thỏa thuận quốc tế
            hoi-nghi-hoi-thao | + | Công tác quản lý hội nghị, hội thảo quốc tế
            hoi-nghi-hoi-thao | + | Công tác tổ chức, quản lý hội thảo, hội nghị quốc tế: Không có. (seed)
            hoi-nghi-hoi-thao | + | Tổ chức hội nghị, hội thảo quốc tế
            hoi-nghi-hoi-thao | + | Hội nghị quốc tế
            hoi-nghi-hoi-thao | + | HOI NGHI, HOI THAO QUOC TE
            hoi-nghi-hoi-thao | + | Quản lý hội nghị, hội thảo có yếu tố nước ngoài
            hoi-nghi-hoi-thao | - | Đoàn ra, đoàn vào
            hoi-nghi-hoi-thao | - | Thỏa thuận quốc tế
            hoi-nghi-hoi-thao | - | Ngoại giao kinh tế
            thoa-thuan-quoc-te | + | Công tác ký kết và thực hiện thỏa thuận quốc tế
            thoa-thuan-quoc-te | + | Công tác tổ chức và quản lý các thỏa thuận quốc tế do địa phương ký kết. (seed)
            thoa-thuan-quoc-te | + | Thỏa thuận hợp tác quốc tế
            thoa-thuan-quoc-te | + | Ký kết thỏa thuận quốc tế
            thoa-thuan-quoc-te | + | THOA THUAN QUOC TE
            thoa-thuan-quoc-te | + | Quản lý các thoả thuận quốc tế
            thoa-thuan-quoc-te | - | Hội nghị, hội thảo quốc tế
            thoa-thuan-quoc-te | - | Công tác ngoại giao kinh tế
            thoa-thuan-quoc-te | - | Công tác lãnh sự
            ngoai-giao-kinh-te | + | Công tác ngoại giao kinh tế
            ngoai-giao-kinh-te | + | Ngoại giao kinh tế và xúc tiến đầu tư
            ngoai-giao-kinh-te | + | Hợp tác kinh tế quốc tế
            ngoai-giao-kinh-te | + | Xúc tiến đầu tư, thương mại
            ngoai-giao-kinh-te | + | Kinh tế đối ngoại
            ngoai-giao-kinh-te | + | NGOAI GIAO KINH TE
            ngoai-giao-kinh-te | - | Văn hóa đối ngoại
            ngoai-giao-kinh-te | - | Thông tin đối ngoại
            ngoai-giao-kinh-te | - | Thỏa thuận quốc tế
            thong-tin-doi-ngoai | + | Công tác thông tin đối ngoại
            thong-tin-doi-ngoai | + | Công tác thông tin, tuyên truyền đối ngoại (seed)
            thong-tin-doi-ngoai | + | Thông tin đối ngoại và quảng bá hình ảnh
            thong-tin-doi-ngoai | + | Quảng bá hình ảnh địa phương
            thong-tin-doi-ngoai | + | THONG TIN DOI NGOAI
            thong-tin-doi-ngoai | + | Công tác văn hóa đối ngoại và thông tin đối ngoại
            thong-tin-doi-ngoai | - | Văn hóa đối ngoại
            thong-tin-doi-ngoai | - | Ngoại giao kinh tế
            thong-tin-doi-ngoai | - | Chế độ thông tin, báo cáo
            lanh-su | + | Công tác lãnh sự và bảo hộ công dân
            lanh-su | + | Công tác bảo hộ công dân. (seed)
            lanh-su | + | Công tác lãnh sự bảo hộ công dân. (seed)
            lanh-su | + | Lãnh sự, bảo hộ công dân
            lanh-su | + | Công tác lãnh sự
            lanh-su | + | LANH SU, BAO HO CONG DAN
            lanh-su | - | Người Việt Nam ở nước ngoài
            lanh-su | - | Đoàn ra, đoàn vào
            lanh-su | - | Công tác quản lý biên giới lãnh thổ quốc gia
            vien-tro-pcpnn | + | Công tác vận động, quản lý viện trợ phi chính phủ nước ngoài
            vien-tro-pcpnn | + | Công tác vận động, quản lý và sử dụng viện trợ phi Chính phủ nước ngoài: Không có. (seed)
            vien-tro-pcpnn | + | Viện trợ PCPNN
            vien-tro-pcpnn | + | Quan hệ với các tổ chức phi chính phủ nước ngoài
            vien-tro-pcpnn | + | VIEN TRO PHI CHINH PHU NUOC NGOAI
            vien-tro-pcpnn | + | Công tác đối ngoại nhân dân và vận động quản lý viện trợ phi chính phủ nước ngoài (seed)
            vien-tro-pcpnn | - | Người Việt Nam ở nước ngoài
            vien-tro-pcpnn | - | Ngoại giao kinh tế
            vien-tro-pcpnn | - | Đối ngoại nhân dân
            van-hoa-doi-ngoai | + | Công tác văn hóa đối ngoại
            van-hoa-doi-ngoai | + | Ngoại giao văn hóa
            van-hoa-doi-ngoai | + | Giao lưu văn hóa quốc tế
            van-hoa-doi-ngoai | + | VAN HOA DOI NGOAI
            van-hoa-doi-ngoai | + | Công tác văn hóa đối ngoại và thông tin đối ngoại
            van-hoa-doi-ngoai | - | Thông tin đối ngoại
            van-hoa-doi-ngoai | - | Ngoại giao kinh tế
            van-hoa-doi-ngoai | - | Đối ngoại nhân dân
            nguoi-viet-nam-o-nuoc-ngoai | + | Công tác người Việt Nam ở nước ngoài
            nguoi-viet-nam-o-nuoc-ngoai | + | Công tác đối với người Việt Nam ở nước ngoài (seed)
            nguoi-viet-nam-o-nuoc-ngoai | + | Công tác về người Việt Nam ở nước ngoài
            nguoi-viet-nam-o-nuoc-ngoai | + | Công tác kiều bào
            nguoi-viet-nam-o-nuoc-ngoai | + | NGUOI VIET NAM O NUOC NGOAI
            nguoi-viet-nam-o-nuoc-ngoai | + | Công tác NVNONN
            nguoi-viet-nam-o-nuoc-ngoai | - | Viện trợ phi chính phủ nước ngoài
            nguoi-viet-nam-o-nuoc-ngoai | - | Lãnh sự và bảo hộ công dân
            nguoi-viet-nam-o-nuoc-ngoai | - | Văn hóa đối ngoại
            bien-gioi | + | Công tác quản lý biên giới lãnh thổ quốc gia. (seed)
            bien-gioi | + | Biên giới lãnh thổ
            bien-gioi | + | Quản lý biên giới
            bien-gioi | + | Công tác biên giới, lãnh thổ
            bien-gioi | + | BIEN GIOI LANH THO
            bien-gioi | - | Lãnh sự, bảo hộ công dân
            bien-gioi | - | Đối ngoại nhân dân
            bien-gioi | - | Người Việt Nam ở nước ngoài
            doi-ngoai-nhan-dan | + | Công tác đối ngoại nhân dân
            doi-ngoai-nhan-dan | + | Đối ngoại nhân dân
            doi-ngoai-nhan-dan | + | Công tác đối ngoại nhân dân và vận động quản lý viện trợ phi chính phủ nước ngoài (seed)
            doi-ngoai-nhan-dan | + | Hoạt động đối ngoại nhân dân
            doi-ngoai-nhan-dan | + | DOI NGOAI NHAN DAN
            doi-ngoai-nhan-dan | - | Văn hóa đối ngoại
            doi-ngoai-nhan-dan | - | Thông tin đối ngoại
            doi-ngoai-nhan-dan | - | Người Việt Nam ở nước ngoài
            khen-thuong | + | Các hình thức khen thưởng cấp nhà nước, tổ chức, cá nhân nước ngoài tặng cho tập thể, cá nhân (seed)
            khen-thuong | + | Tình hình tiếp nhận các hình thức khen thưởng của nhà nước, tổ chức, cá nhân nước ngoài (seed)
            khen-thuong | + | Khen thưởng
            khen-thuong | + | Công tác khen thưởng đối ngoại
            khen-thuong | + | KHEN THUONG
            khen-thuong | - | Đào tạo, bồi dưỡng
            khen-thuong | - | Chế độ thông tin, báo cáo
            khen-thuong | - | Viện trợ phi chính phủ nước ngoài
            dao-tao | + | Công tác đào tạo, bồi dưỡng, cập nhật kiến thức đối ngoại: (seed)
            dao-tao | + | Đào tạo, bồi dưỡng cán bộ làm công tác đối ngoại
            dao-tao | + | Bồi dưỡng kiến thức đối ngoại
            dao-tao | + | Đào tạo, bồi dưỡng
            dao-tao | + | DAO TAO, BOI DUONG
            dao-tao | - | Khen thưởng
            dao-tao | - | Thông tin đối ngoại
            dao-tao | - | Chế độ thông tin, báo cáo
            che-do-bao-cao | + | Tình hình thực hiện chế độ thông tin, báo cáo (seed)
            che-do-bao-cao | + | Chế độ thông tin, báo cáo
            che-do-bao-cao | + | Thực hiện chế độ báo cáo
            che-do-bao-cao | + | Công tác thông tin, báo cáo
            che-do-bao-cao | + | CHE DO THONG TIN BAO CAO
            che-do-bao-cao | - | Thông tin đối ngoại
            che-do-bao-cao | - | Khen thưởng
            che-do-bao-cao | - | Đào tạo, bồi dưỡng
            trien-khai | + | Kết quả triển khai hoạt động thông tin đối ngoại
            trien-khai | + | Công tác thông tin đối ngoại
            trien-khai | + | Hoạt động thông tin đối ngoại
            trien-khai | + | Kết quả thực hiện công tác thông tin, tuyên truyền đối ngoại
            trien-khai | + | THONG TIN DOI NGOAI
            trien-khai | - | Bố trí nhân lực
            trien-khai | - | Kinh phí
            trien-khai | - | Người phát ngôn
            nhan-luc | + | Bố trí nhân lực (người phát ngôn)
            nhan-luc | + | Bố trí nhân lực thực hiện công tác thông tin đối ngoại
            nhan-luc | + | Người phát ngôn và cung cấp thông tin cho báo chí
            nhan-luc | + | Về nhân lực
            nhan-luc | + | Tổ chức bộ máy, nhân lực
            nhan-luc | + | NHAN LUC
            nhan-luc | - | Kinh phí thực hiện
            nhan-luc | - | Kết quả triển khai hoạt động thông tin đối ngoại
            nhan-luc | - | Bố trí kinh phí
            kinh-phi | + | Kinh phí
            kinh-phi | + | Bố trí kinh phí
            kinh-phi | + | Kinh phí thực hiện công tác thông tin đối ngoại
            kinh-phi | + | Về kinh phí
            kinh-phi | + | KINH PHI
            kinh-phi | + | Nguồn kinh phí bảo đảm
            kinh-phi | - | Bố trí nhân lực
            kinh-phi | - | Thông tin đối ngoại
            kinh-phi | - | Người phát ngôn
            """;

    /** item | covers / passing (only uncertain) | a line of the results section, in doi-ngoai-6-thang. */
    private static final String PASSAGES = """
            lanh-su | covers | Công tác lãnh sự, bảo hộ công dân: Không phát sinh.
            lanh-su | covers | Về lãnh sự, bảo hộ công dân, xã phối hợp xác minh nhân thân 02 trường hợp.
            lanh-su | covers | Trong 6 tháng đầu năm 2026, không phát sinh vụ việc lãnh sự, bảo hộ công dân.
            lanh-su | passing | Phối hợp nắm tình hình công dân, kết hợp công tác lãnh sự khi cần.
            hoi-nghi-hoi-thao | covers | Xã không tổ chức hội nghị, hội thảo quốc tế; không ký kết thỏa thuận quốc tế nào.
            thoa-thuan-quoc-te | covers | Xã không tổ chức hội nghị, hội thảo quốc tế; không ký kết thỏa thuận quốc tế nào.
            hoi-nghi-hoi-thao | covers | Cán bộ xã tham dự 01 hội nghị quốc tế do tỉnh tổ chức.
            doan-ra-doan-vao | covers | Tỉnh đã cử 07 đoàn ra và đón 11 đoàn vào.
            hoi-nghi-hoi-thao | passing | Cán bộ xã tham gia tập huấn về tổ chức hội nghị quốc tế.
            doan-ra-doan-vao | covers | - Đoàn ra, đoàn vào: xã đón 02 đoàn khách nước ngoài.
            doan-ra-doan-vao | covers | Không có đoàn ra, đoàn vào.
            ngoai-giao-kinh-te | covers | Công tác ngoại giao kinh tế được chú trọng, 02 hợp tác xã có đơn hàng xuất khẩu.
            ngoai-giao-kinh-te | passing | Trang thông tin điện tử xã giới thiệu kết quả ngoại giao kinh tế của tỉnh.
            thong-tin-doi-ngoai | covers | a) Thông tin đối ngoại: đăng tải 24 tin, bài.
            thong-tin-doi-ngoai | passing | Xã đón 02 đoàn khách, kết hợp quảng bá hình ảnh địa phương.
            """;

    @TestFactory
    Stream<DynamicTest> passagesCoverAnItemTheyOpenWithOrDenyAndOnlyTouchItInPassing() {
        OutlineProfile profile = PROFILES.byId("doi-ngoai-6-thang").orElseThrow();
        List<ProfileItem> items = siblings(profile, "lanh-su").orElseThrow();
        EvidenceReader reader = new EvidenceReader(new ItemVocabulary(profile));
        return PASSAGES.lines().filter(l -> !l.isBlank()).map(l -> l.split("\\|", 3)).map(p -> DynamicTest.dynamicTest(
                p[0].strip() + " " + p[1].strip() + ": " + p[2].strip(), () -> {
                    List<Evidence> found = reader.passage(items, p[2].strip(), Location.DOCUMENT, false).stream()
                            .filter(e -> e.item().id().equals(p[0].strip())).toList();
                    assertThat(found).as("evidence for %s", p[0].strip()).isNotEmpty();
                    assertThat(found.stream().anyMatch(Evidence::covers)).as("covers").isEqualTo(p[1].strip().equals("covers"));
                }));
    }

    private record Row(String item, boolean covers, String heading) {
    }

    private static List<Row> rows() {
        return TABLE.lines().filter(l -> !l.isBlank()).map(l -> l.split("\\|", 3))
                .map(p -> new Row(p[0].strip(), p[1].strip().equals("+"), p[2].strip().replace(" (seed)", ""))).toList();
    }

    @TestFactory
    Stream<DynamicTest> headingsCoverTheirItemAndNotTheirNeighbours() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            for (OutlineProfile profile : PROFILES.profiles()) {
                siblings(profile, row.item()).ifPresent(siblings -> tests.add(DynamicTest.dynamicTest(
                        profile.id() + " " + row.item() + (row.covers() ? " ⊇ " : " ⊉ ") + row.heading(),
                        () -> assertThat(covered(profile, siblings, row.heading()))
                                .as("items covered by \"%s\" in %s", row.heading(), profile.id())
                                .matches(ids -> ids.contains(row.item()) == row.covers()))));
            }
        }
        return tests.stream();
    }

    @Test
    void everyItemOfEveryProfileHasFiveWordingsAndThreeNearMisses() {
        List<Row> rows = rows();
        for (OutlineProfile profile : PROFILES.profiles()) {
            for (ProfileItem top : profile.items()) {
                Stream.concat(Stream.of(top), top.items().stream()).forEach(item -> {
                    assertThat(rows).as("wordings of %s/%s", profile.id(), item.id())
                            .filteredOn(r -> r.item().equals(item.id()) && r.covers()).hasSizeGreaterThanOrEqualTo(5);
                    assertThat(rows).as("near misses of %s/%s", profile.id(), item.id())
                            .filteredOn(r -> r.item().equals(item.id()) && !r.covers()).hasSizeGreaterThanOrEqualTo(3);
                });
            }
        }
    }

    static List<String> covered(OutlineProfile profile, List<ProfileItem> siblings, String heading) {
        List<ProfileItem> others = siblings == profile.items()
                ? profile.items().stream().flatMap(i -> i.items().stream()).toList() : List.of();
        return new EvidenceReader(new ItemVocabulary(profile)).heading(siblings, others, heading, Location.DOCUMENT, 0)
                .stream().filter(Evidence::covers).map(e -> e.item().id()).toList();
    }

    /** The items the heading competes with: the top-level items, or the sub-items of the item's parent. */
    private static Optional<List<ProfileItem>> siblings(OutlineProfile profile, String itemId) {
        if (profile.items().stream().anyMatch(i -> i.id().equals(itemId))) {
            return Optional.of(profile.items());
        }
        return profile.items().stream().filter(i -> i.items().stream().anyMatch(s -> s.id().equals(itemId)))
                .findFirst().map(ProfileItem::items);
    }
}
