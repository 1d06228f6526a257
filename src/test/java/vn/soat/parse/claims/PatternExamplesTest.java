package vn.soat.parse.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every pattern of the claim detectors (and of the parser steps that feed them) carries its table
 * of strings it must and must not match ({@link Examples}); this runs them all, as LanguageTool's
 * {@code PatternRuleTest} runs the examples of every rule.
 */
class PatternExamplesTest {

    /** Classes outside this package whose patterns feed the detectors. */
    private static final List<String> FEEDERS = List.of("vn.soat.parse.NumberClaims", "vn.soat.parse.BodyDates",
            "vn.soat.parse.TableScanner", "vn.soat.profile.IndicatorText", "vn.soat.profile.IndicatorReader");

    @Test
    void everyPatternOfTheDetectorsHasExamples() throws Exception {
        for (Class<?> type : classes()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                    assertThat(field.getAnnotation(Examples.class)).as("examples of %s.%s", type.getSimpleName(), field.getName())
                            .isNotNull();
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleBehavesAsWritten() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> type : classes()) {
            for (Field field : type.getDeclaredFields()) {
                Examples examples = field.getAnnotation(Examples.class);
                if (examples == null) {
                    continue;
                }
                field.setAccessible(true);
                Pattern pattern = (Pattern) field.get(null);
                String name = type.getSimpleName() + "." + field.getName();
                for (String example : examples.matches()) {
                    tests.add(DynamicTest.dynamicTest(name + " matches " + example, () -> assertMatches(pattern, example)));
                }
                for (String example : examples.rejects()) {
                    tests.add(DynamicTest.dynamicTest(name + " rejects " + example,
                            () -> assertThat(pattern.matcher(example).find()).as("%s finds something in \"%s\"", name, example)
                                    .isFalse()));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(50);
        return tests.stream();
    }

    private static void assertMatches(Pattern pattern, String example) {
        String text = example.replace("«", "").replace("»", "");
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("a match in \"%s\"", text).isTrue();
        int open = example.indexOf('«');
        if (open >= 0) {
            String marked = example.substring(open + 1, example.indexOf('»'));
            assertThat(m.group()).as("the first match in \"%s\"", text).isEqualTo(marked);
            assertThat(m.start()).isEqualTo(open);
        }
    }

    private static List<Class<?>> classes() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        Path dir = Path.of("target/classes/vn/soat/parse/claims");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    classes.add(Class.forName("vn.soat.parse.claims." + name.substring(0, name.length() - 6)));
                }
            }
        }
        for (String feeder : FEEDERS) {
            classes.add(Class.forName(feeder));
        }
        assertThat(classes).hasSizeGreaterThan(10);
        return classes;
    }
}
