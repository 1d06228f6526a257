package vn.soat.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.soat.extract.ExtractionException;
import vn.soat.extract.TextExtractor;
import vn.soat.ingest.DocumentFormat;
import vn.soat.model.DocumentNumber;
import vn.soat.rulesdir.RuleFiles;

/** The number an e-office signature stamps into {@code Số:        /BC-SNV} leaves the rest of the blank behind it. */
class StampedNumberGapTest {

    private static final ReportParser PARSER = ReportParser.load(RuleFiles.in(Path.of("rules")));

    private static DocumentNumber number(String line) throws ExtractionException {
        return PARSER.parse(TextExtractor.extract(DocumentFormat.TXT,
                (line + "\n\nBÁO CÁO\nKết quả\n").getBytes(StandardCharsets.UTF_8))).number().orElseThrow();
    }

    @Test
    void spacesBetweenStampedNumberAndSlashAreNotADefect() throws ExtractionException {
        DocumentNumber number = number("Số: 181        /BC-SNV");
        assertThat(number.number()).isEqualTo("181");
        assertThat(number.symbol()).isEqualTo("BC-SNV");
        assertThat(number.wellFormed()).isTrue();
        assertThat(number.typeCode()).isEqualTo("BC");
    }

    @Test
    void aTabWhereTheGapWasWideIsNotADefectEither() throws ExtractionException {
        DocumentNumber number = number("Số: 181\t/BC-SNV");
        assertThat(number.number()).isEqualTo("181");
        assertThat(number.wellFormed()).isTrue();
    }

    @Test
    void spacesInsideTheSymbolStillAre() throws ExtractionException {
        assertThat(number("Số: 52 / BC - UBND").wellFormed()).isFalse();
        assertThat(number("Số: 181 /BC SNV").wellFormed()).isFalse();
    }
}
