package vn.soat.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.soat.model.IssuerKind;
import vn.soat.rulesdir.RuleFiles;

class IssuerCatalogueTest {

    private static final IssuerCatalogue CATALOGUE = IssuerCatalogue.load(RuleFiles.in(Path.of("rules")));

    private static IssuerCatalogue.Identified identify(String... lines) {
        return CATALOGUE.identify(List.of(lines));
    }

    private static String head(String... lines) {
        return identify(lines).body().map(IssuerCatalogue.Body::head).orElse("");
    }

    @Test
    void everyBodyNamesTheLegalTextBehindItsTitles() {
        assertThat(CATALOGUE.bodies()).isNotEmpty().allSatisfy(b -> assertThat(b.source()).isNotBlank());
    }

    @Test
    void theLongestNameWinsSoCentralBodiesAreNotTakenForTheirGenericKind() {
        assertThat(head("VĂN PHÒNG CHÍNH PHỦ")).isEqualTo("BỘ TRƯỞNG, CHỦ NHIỆM");
        assertThat(head("VĂN PHÒNG UBND TỈNH LÂM ĐỒNG")).isEqualTo("CHÁNH VĂN PHÒNG");
        assertThat(head("BỘ NGOẠI GIAO")).isEqualTo("BỘ TRƯỞNG");
        assertThat(head("BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN")).isEqualTo("CHỈ HUY TRƯỞNG");
        assertThat(head("THANH TRA CHÍNH PHỦ")).isEqualTo("TỔNG THANH TRA");
        assertThat(head("THANH TRA TỈNH HÀ TĨNH")).isEqualTo("CHÁNH THANH TRA");
        assertThat(head("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM")).isEqualTo("THỐNG ĐỐC");
        assertThat(head("ỦY BAN DÂN TỘC")).isEqualTo("BỘ TRƯỞNG, CHỦ NHIỆM");
        assertThat(head("THỦ TƯỚNG CHÍNH PHỦ")).isEqualTo("THỦ TƯỚNG");
        assertThat(head("CÔNG AN TỈNH THANH HÓA")).isEqualTo("GIÁM ĐỐC");
        assertThat(head("TRƯỜNG THPT QUAN SƠN")).isEqualTo("HIỆU TRƯỞNG");
        assertThat(head("BAN QUẢN LÝ KHU KINH TẾ TỈNH HÀ TĨNH")).isEqualTo("TRƯỞNG BAN");
        assertThat(head("CỤC LÃNH SỰ")).isEqualTo("CỤC TRƯỞNG");
        assertThat(head("TỔNG CỤC THUẾ")).isEqualTo("TỔNG CỤC TRƯỞNG");
    }

    @Test
    void oldTonePlacementAndAbbreviationsNameTheSameBody() {
        assertThat(identify("UỶ BAN NHÂN DÂN XÃ PHÚ ĐÌNH").kind()).isEqualTo(IssuerKind.COLLECTIVE);
        assertThat(identify("ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH").kind()).isEqualTo(IssuerKind.COLLECTIVE);
        assertThat(identify("UBND PHƯỜNG BA ĐÌNH").body()).isEqualTo(identify("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH").body());
        assertThat(head("SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH")).isEqualTo("GIÁM ĐỐC");
        assertThat(head("HĐND TỈNH THANH HÓA")).isEqualTo("CHỦ TỊCH");
    }

    @Test
    void theIssuerIsTheLowestBodyWithTheLinesThatContinueItsName() {
        IssuerCatalogue.Identified department = identify("UBND TỈNH LÂM ĐỒNG", "SỞ NGOẠI VỤ");
        assertThat(department.name()).isEqualTo("SỞ NGOẠI VỤ");
        assertThat(department.body().map(IssuerCatalogue.Body::name)).hasValue("Sở");
        IssuerCatalogue.Identified commune = identify("ỦY BAN NHÂN DÂN", "ĐẶC KHU PHÚ QUỐC");
        assertThat(commune.name()).isEqualTo("ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC");
        assertThat(commune.kind()).isEqualTo(IssuerKind.COLLECTIVE);
        assertThat(identify("DỰ THẢO", "UBND XÃ BỘC NHIÊU").name()).isEqualTo("UBND XÃ BỘC NHIÊU");
    }

    @Test
    void aBodyTheCatalogueDoesNotListIsUnknownNotItsParent() {
        IssuerCatalogue.Identified institute = identify("BỘ Y TẾ", "VIỆN VỆ SINH DỊCH TỄ TRUNG ƯƠNG");
        assertThat(institute.named()).isTrue();
        assertThat(institute.body()).isEmpty();
        assertThat(institute.kind()).isEqualTo(IssuerKind.UNKNOWN);
        assertThat(identify("HỘI ĐỒNG THI ĐUA KHEN THƯỞNG").body()).isEmpty();
        assertThat(identify("HUYỆN ỦY QUAN SƠN").body()).isEmpty();
        assertThat(identify("KHẨN").named()).isFalse();
    }

    @Test
    void aChairmanIssuingInPersonIsNotTheCollective() {
        IssuerCatalogue.Identified inPerson = identify("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA");
        assertThat(inPerson.kind()).isEqualTo(IssuerKind.CHAIRMAN_IN_PERSON);
        assertThat(inPerson.body().map(IssuerCatalogue.Body::head)).hasValue("CHỦ TỊCH");
    }

    @Test
    void symbolsNameTheirIssuer() {
        assertThat(CATALOGUE.bySymbolCode("VPCP").map(IssuerCatalogue.Body::name)).hasValue("Văn phòng Chính phủ");
        assertThat(CATALOGUE.bySymbolCode("SNgV").map(IssuerCatalogue.Body::name)).hasValue("Sở");
        assertThat(CATALOGUE.bySymbolCode("BNG").map(IssuerCatalogue.Body::name)).hasValue("Bộ");
        assertThat(CATALOGUE.bySymbolCode("XYZ")).isEmpty();
    }
}
