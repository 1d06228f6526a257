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
    void lostOrSpacedHyphensNameTheRightFormAndCaseIsNotJudged() {
        assertThat(CitationGrammar.malformation("Nghị định", "61/2018/NĐCP", "61/2018/NĐCP")).endsWith("viết đúng là 61/2018/NĐ-CP");
        assertThat(CitationGrammar.malformation("Thông tư", "01/2018/TTVPCP", "01/2018/TTVPCP")).endsWith("01/2018/TT-VPCP");
        assertThat(CitationGrammar.malformation("Quyết định", "2468/QĐUBND", "2468/QĐUBND")).endsWith("2468/QĐ-UBND");
        assertThat(CitationGrammar.malformation("Quyết định", "12/QĐTTG", "12/QĐTTG")).endsWith("12/QĐ-TTg");
        assertThat(CitationGrammar.malformation("Nghị định", "32/2020/NĐ-CP", "32/2020/NĐ- CP")).endsWith("viết đúng là 32/2020/NĐ-CP");
        assertThat(CitationGrammar.malformation("Quyết định", "45/2006/QĐ-TTG", "45/2006/QĐ-TTG")).isEmpty();
        assertThat(CitationGrammar.malformation("Công văn", "285/CCTTHC", "285/CCTTHC")).isEmpty();
        assertThat(CitationGrammar.malformation("Báo cáo", "15-BC/HU", "15-BC/HU")).isEmpty();
        assertThat(NUMBER_SYMBOL.matcher("30c/NQCP").matches()).isTrue();
        assertThat(NUMBER_SYMBOL.matcher("32/2020/NĐ- CP").matches()).isTrue();
        assertThat(NUMBER_SYMBOL.matcher("12/QĐ-UBND - Về").lookingAt()).isTrue();
        java.util.regex.Matcher m = NUMBER_SYMBOL.matcher("12/QĐ-UBND - Về việc");
        assertThat(m.lookingAt() && m.group().equals("12/QĐ-UBND")).isTrue();
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
