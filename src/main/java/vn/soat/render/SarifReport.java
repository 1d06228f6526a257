package vn.soat.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriUtils;
import vn.soat.check.CheckResult;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;
import vn.soat.model.Location;
import vn.soat.rules.RuleInfo;

/**
 * A run of {@code soat check} as SARIF 2.1.0 (OASIS): one run whose tool lists every rule id with its legal
 * basis as help text, one artifact per file with its verdict, one result per finding with the file, line and
 * page. Severities map ERROR → {@code error}, WARNING → {@code warning}, INFO → {@code note}; file URIs are
 * relative to the working directory; the page and section of a finding are in its location's property bag.
 */
public final class SarifReport {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** Where each rule's explanation lives: the service's rules page, one anchor per rule id. */
    public static final String DEFAULT_RULES_URL = "http://localhost:8080/rules";
    private static final String TOOL_VERSION = "0.1.0";

    private SarifReport() {
    }

    /**
     * The SARIF log of these results, each rule's help at {@code rulesUrl#ID}, as indented JSON. The run's one
     * invocation is successful when every file was read; each file that was not is an {@code error} notification
     * pointing at it.
     */
    public static String render(List<CheckResult> results, List<Unread> unread, List<RuleInfo> rules, String rulesUrl) {
        Map<String, List<RuleInfo>> cases = new LinkedHashMap<>();
        rules.forEach(rule -> cases.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(rule));
        List<String> ids = new ArrayList<>(cases.keySet());
        List<Descriptor> descriptors = cases.values().stream().map(c -> Descriptor.of(c, rulesUrl)).toList();
        List<Artifact> artifacts = new ArrayList<>();
        List<Result> found = new ArrayList<>();
        for (CheckResult result : results) {
            int index = artifacts.size();
            artifacts.add(Artifact.of(result));
            for (Finding finding : result.findings()) {
                found.add(Result.of(finding, ids.indexOf(finding.ruleId()), new ArtifactLocation(uri(result.file()), index)));
            }
        }
        Invocation invocation = new Invocation(unread.isEmpty(), unread.stream().map(Notification::of).toList());
        Log log = new Log(SCHEMA, "2.1.0", List.of(new Run(new Tool(new Driver("soát", TOOL_VERSION, "vi",
                descriptors)), "vi", List.of(invocation), artifacts, found)));
        return Json.MAPPER.writeValueAsString(log) + "\n";
    }

    /** The file as a URI reference relative to the working directory (UTF-8 percent-encoded as spelt, {@code /}-separated). */
    static String uri(String file) {
        Path path = Path.of(file);
        Path here = Path.of("").toAbsolutePath();
        if (path.isAbsolute()) {
            if (!path.normalize().startsWith(here)) {
                return path.toUri().toASCIIString();
            }
            path = here.relativize(path.normalize());
        }
        // Encoded as the name is spelt: java.net.URI#toASCIIString would first normalise it to NFC, and a name in
        // NFD (as macOS and some zip tools write Vietnamese) would then point to a file that does not exist.
        String encoded = UriUtils.encodePath(path.toString().replace('\\', '/'), StandardCharsets.UTF_8);
        String firstSegment = encoded.split("/", 2)[0];
        // "ghi:chu.txt" would read as a URI of scheme "ghi"; "./ghi:chu.txt" is the same file as a relative reference.
        return firstSegment.contains(":") ? "./" + encoded : encoded;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    record Run(Tool tool, String language, List<Invocation> invocations, List<Artifact> artifacts, List<Result> results) {
    }

    record Invocation(boolean executionSuccessful,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Notification> toolExecutionNotifications) {
    }

    record Notification(String level, Text message, List<ResultLocation> locations) {

        static Notification of(Unread file) {
            return new Notification("error", new Text("Không đọc được tệp: " + file.reason()),
                    List.of(new ResultLocation(new PhysicalLocation(new ArtifactLocation(uri(file.file()), null), null), Map.of())));
        }
    }

    record Tool(Driver driver) {
    }

    record Driver(String name, String version, String language, List<Descriptor> rules) {
    }

    record Text(String text) {
    }

    record Help(String text, String markdown) {
    }

    record Configuration(String level) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Descriptor(String id, String name, Text shortDescription, Text fullDescription, Help help, String helpUri,
            Configuration defaultConfiguration, Map<String, Object> properties) {

        /** One rule id from its cases (DRL rules sharing the id): the most severe case sets the default level. */
        static Descriptor of(List<RuleInfo> cases, String rulesUrl) {
            RuleInfo first = cases.get(0);
            Severity level = cases.stream().map(RuleInfo::severity).min(Enum::compareTo).orElseThrow();
            String summary = first.summary().isBlank() ? first.id() : first.summary();
            StringBuilder text = new StringBuilder(summary).append('.');
            StringBuilder markdown = new StringBuilder("**").append(summary).append("**");
            String basis = String.join("; ", cases.stream().map(RuleInfo::legalBasis).filter(b -> !b.isBlank()).distinct().toList());
            if (!basis.isBlank()) {
                text.append(" Căn cứ: ").append(basis).append('.');
                markdown.append("\n\nCăn cứ: ").append(basis);
            }
            text.append(" Các trường hợp:");
            markdown.append("\n\nCác trường hợp:\n");
            for (RuleInfo rule : cases) {
                text.append(" ").append(rule.name()).append(" (").append(rule.severity()).append(");");
                markdown.append("\n- `").append(rule.name()).append("` (").append(rule.severity()).append(')');
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("category", first.category().name());
            properties.put("legalBasis", basis);
            properties.put("severities", cases.stream().map(c -> c.severity().name()).distinct().toList());
            properties.put("documentation", "docs/findings.md");
            return new Descriptor(first.id(), name(first.id()), new Text(summary), new Text(text.toString()),
                    new Help(text.toString(), markdown.toString()), rulesUrl + "#" + first.id(),
                    new Configuration(level(level)), properties);
        }

        /** {@code FMT_NUMBER_MISSING} → {@code FmtNumberMissing}, the identifier-like name SARIF asks for. */
        static String name(String id) {
            StringBuilder name = new StringBuilder();
            for (String word : id.split("_")) {
                name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
            return name.toString();
        }
    }

    record Artifact(ArtifactLocation location, Map<String, String> hashes, Map<String, Object> properties) {

        static Artifact of(CheckResult result) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("verdict", result.verdict().name());
            properties.put("format", result.format());
            properties.put("pages", result.pages());
            properties.put("documentType", result.documentType().code());
            properties.put("errors", result.summary().errors());
            properties.put("warnings", result.summary().warnings());
            properties.put("infos", result.summary().infos());
            return new Artifact(new ArtifactLocation(uri(result.file()), null), Map.of("sha-256", result.sha256()), properties);
        }
    }

    /** A file; {@code index} (into the run's artifacts) only where a result points at it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArtifactLocation(String uri, Integer index) {
    }

    record Region(int startLine, @JsonInclude(JsonInclude.Include.NON_NULL) Text snippet) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ResultLocation(PhysicalLocation physicalLocation, Map<String, Object> properties) {
    }

    record Result(String ruleId, int ruleIndex, String level, Text message, List<ResultLocation> locations,
            Map<String, Object> properties) {

        static Result of(Finding finding, int ruleIndex, ArtifactLocation artifact) {
            Location at = finding.location();
            Region region = at.line() > 0
                    ? new Region(at.line(), finding.excerpt().isBlank() ? null : new Text(finding.excerpt())) : null;
            Map<String, Object> where = new LinkedHashMap<>();
            if (at.page() > 0) {
                where.put("page", at.page());
            }
            if (!at.section().isEmpty()) {
                where.put("section", at.section());
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("category", finding.category().name());
            properties.put("severity", finding.severity().name());
            properties.put("case", finding.caseName());
            properties.put("source", finding.source().name());
            properties.put("legalBasis", finding.legalBasis());
            properties.put("suggestion", finding.suggestion());
            properties.put("messageEn", finding.messageEn());
            return new Result(finding.ruleId(), ruleIndex, SarifReport.level(finding.severity()), new Text(finding.message()),
                    List.of(new ResultLocation(new PhysicalLocation(artifact, region), where)), properties);
        }
    }
}
