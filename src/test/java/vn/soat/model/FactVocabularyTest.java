package vn.soat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/facts.md lists every fact type of {@code vn.soat.model} and every property a DRL author can match, each
 * with its meaning. This test fails, naming the difference, when the model and the page disagree. After adding a
 * fact, run it with {@code -Dsoat.updateFacts=true}: the property lists are rewritten from the model, meanings
 * and the text under each heading are kept, and new properties get a placeholder to replace by hand.
 */
class FactVocabularyTest {

    static final Path PAGE = Path.of("docs/facts.md");
    static final String BEGIN = "<!-- facts:begin -->";
    static final String END = "<!-- facts:end -->";
    static final String TO_WRITE = "TODO: say what this means";

    private static final Pattern HEADING = Pattern.compile("^### `([\\w.]+)`\\s*$");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]*)` \\| (.*) \\|\\s*$");

    /** One type as the page documents it: the text under its heading and its rows. */
    record Section(String intro, Map<String, Row> rows) {
    }

    record Row(String type, String meaning) {
    }

    @Test
    void everyFactAndPropertyIsDocumentedAndNothingStale() throws IOException {
        Map<String, Map<String, String>> model = FactTypes.read();
        if (Boolean.getBoolean("soat.updateFacts")) {
            Files.writeString(PAGE, rewrite(Files.readString(PAGE), model));
        }
        Map<String, Section> page = parse(Files.readString(PAGE));
        List<String> problems = new ArrayList<>();
        model.forEach((type, properties) -> {
            Section section = page.get(type);
            if (section == null) {
                problems.add("type not documented: " + type);
                return;
            }
            properties.forEach((property, javaType) -> {
                Row row = section.rows().get(property);
                if (row == null) {
                    problems.add("property not documented: " + type + "." + property);
                } else if (!row.type().equals(javaType)) {
                    problems.add("type changed: " + type + "." + property + " is " + javaType + ", page says " + row.type());
                } else if (row.meaning().isBlank() || row.meaning().startsWith(TO_WRITE)) {
                    problems.add("meaning not written: " + type + "." + property);
                }
            });
            section.rows().keySet().stream().filter(p -> !properties.containsKey(p))
                    .forEach(p -> problems.add("documented property no longer exists: " + type + "." + p));
        });
        page.keySet().stream().filter(t -> !model.containsKey(t))
                .forEach(t -> problems.add("documented type no longer exists: " + t));
        assertThat(problems).as("docs/facts.md against vn.soat.model (rewrite the lists with -Dsoat.updateFacts=true,"
                + " then write the meanings)").isEmpty();
    }

    @Test
    void rewritingKeepsMeaningsAndAddsPlaceholders() {
        String page = "intro\n" + BEGIN + "\n### `Gone`\n\n| property | type | meaning |\n|---|---|---|\n"
                + "| `x` | `int` | old |\n\n### `Kept`\n\nWhat it is.\n\n| property | type | meaning |\n|---|---|---|\n"
                + "| `text` | `String` | the words |\n| `stale` | `int` | gone |\n" + END + "\ntrailer\n";
        Map<String, Map<String, String>> model = Map.of("Kept", new LinkedHashMap<>(Map.of("text", "String")));
        model.get("Kept").put("blank()", "boolean");

        Map<String, Section> rewritten = parse(rewrite(page, model));

        assertThat(rewritten).containsOnlyKeys("Kept");
        assertThat(rewritten.get("Kept").intro()).isEqualTo("What it is.");
        assertThat(rewritten.get("Kept").rows()).containsExactly(Map.entry("text", new Row("String", "the words")),
                Map.entry("blank()", new Row("boolean", TO_WRITE)));
        assertThat(rewrite(page, model)).startsWith("intro\n" + BEGIN).endsWith(END + "\ntrailer\n");
    }

    static Map<String, Section> parse(String page) {
        Map<String, Section> sections = new LinkedHashMap<>();
        String type = null;
        StringBuilder intro = new StringBuilder();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : generated(page).split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            Matcher row = ROW.matcher(line);
            if (heading.matches()) {
                if (type != null) {
                    sections.put(type, new Section(intro.toString().strip(), rows));
                }
                type = heading.group(1);
                intro = new StringBuilder();
                rows = new LinkedHashMap<>();
            } else if (row.matches() && type != null) {
                rows.put(row.group(1), new Row(row.group(2), row.group(3).strip()));
            } else if (type != null && rows.isEmpty() && !line.startsWith("|")) {
                intro.append(line).append('\n');
            }
        }
        if (type != null) {
            sections.put(type, new Section(intro.toString().strip(), rows));
        }
        return sections;
    }

    /** The page with its generated part rebuilt from the model, keeping what was written by hand. */
    static String rewrite(String page, Map<String, Map<String, String>> model) {
        Map<String, Section> old = parse(page);
        StringBuilder out = new StringBuilder(BEGIN).append('\n');
        model.keySet().stream().sorted().forEach(type -> {
            Section before = old.getOrDefault(type, new Section("", Map.of()));
            out.append("\n### `").append(type).append("`\n\n");
            if (!before.intro().isEmpty()) {
                out.append(before.intro()).append("\n\n");
            }
            out.append("| property | type | meaning |\n|---|---|---|\n");
            model.get(type).forEach((property, javaType) -> {
                Row row = before.rows().get(property);
                String meaning = row == null || row.meaning().isBlank() ? TO_WRITE : row.meaning();
                out.append("| `").append(property).append("` | `").append(javaType).append("` | ").append(meaning)
                        .append(" |\n");
            });
        });
        out.append('\n').append(END);
        int begin = page.indexOf(BEGIN);
        int end = page.indexOf(END);
        if (begin < 0 || end < begin) {
            return page.strip() + "\n\n" + out + "\n";
        }
        return page.substring(0, begin) + out + page.substring(end + END.length());
    }

    private static String generated(String page) {
        int begin = page.indexOf(BEGIN);
        int end = page.indexOf(END);
        return begin < 0 || end < begin ? "" : page.substring(begin + BEGIN.length(), end);
    }
}
