package vn.soat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanTest {

    @Test
    void wellFormedNumeralsHaveTheirValue() {
        assertThat(Roman.value("I")).isEqualTo(1);
        assertThat(Roman.value("IV")).isEqualTo(4);
        assertThat(Roman.value("XIV")).isEqualTo(14);
        assertThat(Roman.value("XX")).isEqualTo(20);
        assertThat(Roman.value("XXIX")).isEqualTo(29);
        assertThat(Roman.value("MCMXCIX")).isEqualTo(1999);
    }

    @Test
    void malformedNumeralsAreZero() {
        assertThat(Roman.value("IIII")).isZero();
        assertThat(Roman.value("IC")).isZero();
        assertThat(Roman.value("VX")).isZero();
        assertThat(Roman.value("ii")).isZero();
        assertThat(Roman.value("")).isZero();
        assertThat(Roman.value("IIA")).isZero();
    }

    @Test
    void valuesAreWrittenAsNumerals() {
        assertThat(Roman.of(3)).isEqualTo("III");
        assertThat(Roman.of(9)).isEqualTo("IX");
        assertThat(Roman.of(21)).isEqualTo("XXI");
        assertThat(Roman.of(2024)).isEqualTo("MMXXIV");
        assertThat(Roman.of(0)).isEqualTo("0");
    }
}
