package vn.soat.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrittenKeyTest {

    @Test
    void theRuleNameIsWhatFollowsTheMapsNameHoweverTheKeyIsWritten() {
        assertThat(WrittenKey.after("soat.rules.severity.Sig-Authority", "severity")).isEqualTo("Sig-Authority");
        assertThat(WrittenKey.after("SOAT_RULES_SEVERITY_SIG_AUTHORITY", "severity")).isEqualTo("SIG_AUTHORITY");
        assertThat(WrittenKey.after("soat.rules.severity[SIG_AUTHORITY]", "severity")).isEqualTo("SIG_AUTHORITY");
    }
}
