package vn.soat.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.soat.model.Location;

class LocationLabelTest {

    @Test
    void theTerminalWritesThePlaceShort() {
        assertThat(LocationLabel.SHORT.of(new Location(2, 14, "II.3", 0, 0))).isEqualTo("tr.2 dòng 14 mục II.3");
        assertThat(LocationLabel.SHORT.of(new Location(0, 7, "", 0, 0))).isEqualTo("dòng 7");
    }

    @Test
    void thePageWritesThePlaceInWords() {
        assertThat(LocationLabel.LONG.of(new Location(2, 14, "II.3", 0, 0))).isEqualTo("trang 2 · dòng 14 · mục II.3");
        assertThat(LocationLabel.LONG.of(new Location(3, 0, "", 0, 0))).isEqualTo("trang 3");
    }

    @Test
    void aReturnCommentWritesThePlaceInsideItsSentence() {
        assertThat(LocationLabel.INLINE.known(new Location(1, 103, "VI", 0, 0))).contains("trang 1, dòng 103, mục VI");
        assertThat(LocationLabel.INLINE.known(Location.DOCUMENT)).isEmpty();
    }

    @Test
    void aFindingWithNoPlaceIsAboutTheWholeDocument() {
        assertThat(LocationLabel.SHORT.of(Location.DOCUMENT)).isEqualTo("toàn văn bản");
        assertThat(LocationLabel.LONG.of(Location.DOCUMENT)).isEqualTo("toàn văn bản");
    }
}
