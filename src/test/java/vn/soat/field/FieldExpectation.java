package vn.soat.field;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import vn.soat.check.CheckResult;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;

/**
 * What a reviewer expects of one field-corpus document ({@code <name>.expect.properties}, described in
 * fixtures/field/README.md), and how a result measures against it: the ERROR/WARNING findings it should
 * not have given, and the real defects it missed.
 */
public record FieldExpectation(String documentType, boolean complete, Set<String> expected, Set<String> allowed,
        Set<String> warningOnly) {

    public static FieldExpectation of(Path document) {
        Path file = document.resolveSibling(document.getFileName().toString().replaceFirst("\\.[a-z]+$", "")
                + ".expect.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("no expectations for " + document, e);
        }
        return new FieldExpectation(properties.getProperty("documentType", ""),
                !"false".equals(properties.getProperty("complete")), ids(properties, "expected"),
                ids(properties, "allowed"), ids(properties, "warningOnly"));
    }

    private static Set<String> ids(Properties properties, String key) {
        return Arrays.stream(properties.getProperty(key, "").split("[,\\s]+")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** An ERROR or WARNING that the reviewer would call wrong. */
    public boolean isWrong(Finding finding) {
        if (finding.severity() == Severity.INFO) {
            return false;
        }
        if (!expected.contains(finding.ruleId()) && !allowed.contains(finding.ruleId())) {
            return true;
        }
        return finding.severity() == Severity.ERROR && warningOnly.contains(finding.ruleId());
    }

    public List<Finding> wrong(CheckResult result) {
        return result.findings().stream().filter(this::isWrong).toList();
    }

    public List<String> missed(CheckResult result) {
        Set<String> found = result.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        return new ArrayList<>(expected.stream().filter(id -> !found.contains(id)).toList());
    }

    public static long judged(CheckResult result) {
        return result.findings().stream().filter(f -> f.severity() != Severity.INFO).count();
    }

    /** The documents of a corpus folder (not its subfolders), each with an expectation file. */
    public static List<Path> documents(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".properties")
                    && !f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
