package vn.soat.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The grammar's own table of real number-symbols: each valid one is read whole and accepted, each malformed one named. */
class CitationGrammarTest {

    private static final Pattern NUMBER_SYMBOL = Pattern.compile(CitationGrammar.NUMBER_SYMBOL);

    @Test
    void everyValidSymbolIsReadWholeAndAccepted() {
        for (CitationGrammar.Example example : CitationGrammar.VALID) {
            assertThat(NUMBER_SYMBOL.matcher(example.numberSymbol()).matches()).as(example.numberSymbol()).isTrue();
            assertThat(CitationGrammar.malformation(example.type(), example.numberSymbol()))
                    .as("%s số %s", example.type(), example.numberSymbol()).isEmpty();
        }
    }

    @Test
    void everyMalformedSymbolIsReadWholeAndNamed() {
        for (CitationGrammar.Example example : CitationGrammar.MALFORMED) {
            assertThat(NUMBER_SYMBOL.matcher(example.numberSymbol()).matches()).as(example.numberSymbol()).isTrue();
            assertThat(CitationGrammar.malformation(example.type(), example.numberSymbol()))
                    .as("%s số %s", example.type(), example.numberSymbol()).isNotEmpty();
        }
    }

    @Test
    void datesAndRatiosAreNotSymbols() {
        for (String text : CitationGrammar.NOT_SYMBOLS) {
            assertThat(NUMBER_SYMBOL.matcher(text).lookingAt()).as(text).isFalse();
        }
    }

    @Test
    void mixedPartyFormNamesTheRightForm() {
        assertThat(CitationGrammar.malformation("Nghị quyết", "22/NQ-TW")).startsWith("văn bản của Đảng phải viết dạng 22-NQ/TW");
        assertThat(CitationGrammar.malformation("Nghị quyết", "31-NQ/CP")).contains("số/NQ-CP");
    }

    @Test
    void yearIsReadOnlyWhereTheGrammarPutsIt() {
        assertThat(CitationGrammar.numberYear("72/2015/NĐ-CP")).isEqualTo(2015);
        assertThat(CitationGrammar.numberYear("70/2020/QH14")).isEqualTo(2020);
        assertThat(CitationGrammar.numberYear("02/2016/TTLT-BNG-BNV")).isEqualTo(2016);
        assertThat(CitationGrammar.numberYear("2592/VPCP-QHQT")).isZero();
        assertThat(CitationGrammar.numberYear("12/1234/QĐ-UBND")).isZero();
    }

    @Test
    void slipsOfThePenAreTellFromOtherNumbers() {
        assertThat(CitationIdentity.slip("1879", "1789")).isTrue();
        assertThat(CitationIdentity.slip("1053", "1054")).isTrue();
        assertThat(CitationIdentity.slip("1879", "1897")).isTrue();
        assertThat(CitationIdentity.slip("245", "311")).isFalse();
        assertThat(CitationIdentity.slip("12", "21")).isTrue();
        assertThat(CitationIdentity.slip("5", "6")).isFalse();
        assertThat(CitationIdentity.slip("1053", "1088")).isTrue();
        assertThat(CitationIdentity.slip("105", "188")).isFalse();
    }
}
