package vn.soat.parse.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.soat.parse.claims.Texts.paragraph;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountedListsTest {

    @Test
    void anInlineListIsCounted() {
        assertThat(CountedLists.in(List.of(paragraph("Có 5 xã biên giới, gồm 6 xã: A, B, C, D và E.")), 0)).singleElement()
                .satisfies(c -> {
                    assertThat(c.declared()).isEqualTo(6);
                    assertThat(c.listed()).isEqualTo(5);
                    assertThat(c.items()).isEqualTo("A; B; C; D; E");
                    assertThat(c.claimAt()).isEqualTo("Có 5 xã biên giới, ".length());
                });
    }

    @Test
    void aCountInWordsIsCounted() {
        assertThat(CountedLists.in(List.of(paragraph("Tiếp 3 đoàn, gồm ba đoàn: Lào, Thái Lan.")), 0)).singleElement()
                .satisfies(c -> assertThat(c.declared()).isEqualTo(3));
    }

    @Test
    void anEmptyListIsReadFromTheBulletsAfterIt() {
        List<Paragraph> paragraphs = List.of(paragraph(1, "I", "Đón đoàn của 2 nước, gồm 3 nước:"),
                paragraph(2, "I", "- Lào;"), paragraph(3, "I", "- Campuchia."), paragraph(4, "I", "Kết quả tốt."));
        assertThat(CountedLists.in(paragraphs, 0)).singleElement().satisfies(c -> {
            assertThat(c.listed()).isEqualTo(2);
            assertThat(c.location().line()).isEqualTo(1);
        });
    }

    @Test
    void itemsLongerThanANameAreNoList() {
        assertThat(CountedLists.in(List.of(paragraph("Nội dung gồm 2 phần: một là tổ chức tuyên truyền sâu rộng chủ trương"
                + " của Đảng đến toàn thể cán bộ đảng viên trong xã và hai là kiểm tra.")), 0)).isEmpty();
    }
}
