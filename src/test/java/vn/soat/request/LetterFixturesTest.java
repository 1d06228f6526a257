package vn.soat.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.soat.Fixtures;
import vn.soat.ingest.Submission;
import vn.soat.model.LetterItem;
import vn.soat.model.RequestLetter;

/**
 * Every letter in {@code fixtures/letters/} is read as its {@code .expect.properties} says: number, date,
 * issuer, period, data cut-off, the last day in time, and the items in the letter's own words ({@code >}
 * marks an item under the one before).
 */
class LetterFixturesTest {

    static final Path LETTERS = Fixtures.ROOT.resolve("letters");

    @TestFactory
    Stream<DynamicTest> everyLetterIsReadAsExpected() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path expect : Fixtures.list(LETTERS)) {
            String name = expect.getFileName().toString();
            if (!name.endsWith(".expect.properties")) {
                continue;
            }
            Path letter = LETTERS.resolve(name.replace(".expect.properties", ".txt"));
            tests.add(DynamicTest.dynamicTest(letter.getFileName().toString(), () -> check(letter, expect)));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(8);
        return tests.stream();
    }

    private static void check(Path letterFile, Path expectFile) throws IOException {
        Properties expect = new Properties();
        try (Reader in = Files.newBufferedReader(expectFile, StandardCharsets.UTF_8)) {
            expect.load(in);
        }
        ReportRequest read = Fixtures.pipeline().readLetter(new Submission(letterFile.toString(), Files.readAllBytes(letterFile)));
        RequestLetter letter = read.letter().orElseThrow();
        String name = letterFile.getFileName().toString();
        assertThat(letter.numberSymbol()).as("number of %s", name).isEqualTo(expect.getProperty("number"));
        assertThat(letter.dateText()).as("date of %s", name).isEqualTo(expect.getProperty("date"));
        assertThat(letter.issuer()).as("issuer of %s", name).isEqualTo(expect.getProperty("issuer"));
        assertThat(letter.periodDisplay()).as("period of %s", name).isEqualTo(expect.getProperty("period"));
        assertThat(read.cutoff().map(c -> c.display()).orElse("")).as("cut-off of %s", name).isEqualTo(expect.getProperty("cutoff"));
        assertThat(read.deadline().map(d -> LocalDate.ofEpochDay(d.lastDay()).toString()).orElse(""))
                .as("deadline of %s", name).isEqualTo(expect.getProperty("deadline"));
        List<String> items = letter.items().stream().map(LetterItemsView::shown).toList();
        String expected = expect.getProperty("items");
        assertThat(items).as("items of %s", name)
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : Arrays.asList(expected.split("\\|")));
        letter.items().forEach(i -> assertThat(i.location().line()).as("line of %s in %s", i.words(), name).isPositive());
    }

    private static final class LetterItemsView {
        static String shown(LetterItem item) {
            return (item.level() > 1 ? ">" : "") + item.words();
        }
    }
}
