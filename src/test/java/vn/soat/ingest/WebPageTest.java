package vn.soat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A web page saved under a document's name is refused as what it is, not read as a text report. */
class WebPageTest {

    private static DocumentFormat sniff(String text) {
        return FormatSniffer.sniff(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPageStartingWithItsDoctypeOrHtmlTagIsNotADocument() {
        assertThat(sniff("<!DOCTYPE html>\n<html><body>Đăng nhập</body></html>")).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(sniff("\uFEFF \r\n<HTML>\n<head><title>Lỗi 404</title></head></html>")).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(sniff("<!doctype HTML><p>x</p>")).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(UnsupportedContent.describe("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)).vi())
                .startsWith("tệp là trang web (HTML)");
    }

    @Test
    void aPageOpeningWithAnXmlDeclarationACommentOrItsHeadIsNotADocumentEither() {
        assertThat(sniff("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>x</body></html>"))
                .isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(sniff("<!-- Cổng dịch vụ công -->\n<!DOCTYPE html><html></html>")).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(sniff("\n<head><title>Lỗi</title></head><body>Error 404</body>")).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(sniff("<body>Phiên đăng nhập đã hết hạn</body>")).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(sniff("<!-- một ghi chú không đóng\nBÁO CÁO")).isEqualTo(DocumentFormat.TXT);
        assertThat(sniff("<?xml version=\"1.0\"?><w:document/>")).isEqualTo(DocumentFormat.TXT);
    }

    @Test
    void aReportThatMentionsHtmlIsStillText() {
        assertThat(sniff("ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH\nTrang <html> của xã đã cập nhật.")).isEqualTo(DocumentFormat.TXT);
        assertThat(sniff("<html")).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(sniff("<htm")).isEqualTo(DocumentFormat.TXT);
        assertThat(sniff("<p>Báo cáo</p>")).isEqualTo(DocumentFormat.TXT);
    }
}
