package vn.soat.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import vn.soat.finding.Category;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;
import vn.soat.model.DocumentType;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

/**
 * All DRL rules compiled into one KieBase, once, with the settings that switch rules off or change their severity.
 * Every rule must carry its id, category, severity, legal basis and messages as metadata; a rule file that does not
 * compile, or a rule without its metadata, stops loading with the file and line.
 */
public final class RuleBase {

    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

    /** Sessions to fire in: a disposed one is reset and handed out again instead of built anew for each report. */
    private final KieSessionsPool sessions;
    private final List<RuleInfo> rules;
    private final RuleSettings settings;
    /** Each rule (case) by its name, for the per-finding questions: its types, OCR and absence attributes. */
    private final Map<String, RuleInfo> byName = new java.util.HashMap<>();

    private RuleBase(KieBase kieBase, List<RuleInfo> rules, RuleSettings settings) {
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.rules = rules;
        this.settings = settings;
        rules.forEach(rule -> byName.put(rule.name(), rule));
        Set<String> ids = new java.util.HashSet<>();
        rules.forEach(rule -> ids.add(rule.id()));
        for (String id : settings.severity().keySet()) {
            if (!ids.contains(id)) {
                throw new RuleLoadException("soat.rules.severity: không có quy tắc " + settings.asWritten(id));
            }
        }
        for (String id : settings.disabled()) {
            if (!ids.contains(id)) {
                throw new RuleLoadException("soat.rules.disabled: không có quy tắc " + settings.asWritten(id));
            }
        }
    }

    /** As {@link #load(RuleFiles, RuleSettings)} with every rule on at its own severity. */
    public static RuleBase load(RuleFiles source) {
        return load(source, RuleSettings.DEFAULTS);
    }

    /**
     * The compiled rules of {@code source}: precompiled at build time when they are the shipped ones, else from the
     * cache of {@code settings} or compiled now (see {@link RuleCache}). {@link RuleLoadException} names the file and
     * line of a rule that does not compile, a rule without its metadata, or a setting naming no rule.
     */
    public static RuleBase load(RuleFiles source, RuleSettings settings) {
        List<RuleFiles.RuleFile> files = source.list(".drl");
        if (files.isEmpty()) {
            throw new RuleLoadException("Không có tệp quy tắc .drl nào trong " + source.describe());
        }
        KieBase kieBase = RuleCache.kieBase(source, files, settings.cacheDirectory());
        return new RuleBase(kieBase, describe(kieBase.getKiePackages(), source), settings);
    }

    private static List<RuleInfo> describe(Collection<KiePackage> packages, RuleFiles source) {
        List<RuleInfo> infos = new ArrayList<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                infos.add(describe(rule, source));
            }
        }
        infos.sort(Comparator.comparing(RuleInfo::id).thenComparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return List.copyOf(infos);
    }

    private static RuleInfo describe(Rule rule, RuleFiles source) {
        Map<String, Object> meta = rule.getMetaData();
        String where = source.describe() + ", quy tắc \"" + rule.getName() + "\" (" + rule.getPackageName() + ")";
        String id = required(meta, "id", where);
        if (!RULE_ID.matcher(id).matches()) {
            throw new RuleLoadException(where + ": @id \"" + id + "\" phải viết dạng UPPER_SNAKE");
        }
        Category category = parse(Category.class, required(meta, "category", where), where);
        Severity severity = parse(Severity.class, required(meta, "severity", where), where);
        String ref = category == Category.DOCUMENT ? text(meta, "ref") : required(meta, "ref", where);
        required(meta, "message", where);
        required(meta, "messageEn", where);
        String file = meta.containsKey("file") ? text(meta, "file") : rule.getPackageName();
        return new RuleInfo(id, rule.getName(), category, severity, ref, text(meta, "summary"), file,
                TypeScope.parse(text(meta, "types"), category), "skip".equals(text(meta, "ocr")),
                "header".equals(text(meta, "absent")));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new RuleLoadException(where + ": giá trị \"" + value + "\" không hợp lệ, phải là một trong "
                    + EnumSet.allOf(type));
        }
    }

    private static String required(Map<String, Object> meta, String key, String where) {
        String value = text(meta, key);
        if (value.isBlank()) {
            throw new RuleLoadException(where + ": thiếu @" + key);
        }
        return value;
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? "" : value.toString();
    }

    /**
     * Inserts the facts into a fresh session, fires, and returns the findings ordered by location.
     * Only the rules whose {@code @types} cover the document's {@link DocumentType} fire.
     */
    public List<Finding> fire(Collection<?> facts, boolean documentRulesOnly) {
        KieSession session = sessions.newKieSession();
        try {
            facts.forEach(session::insert);
            Optional<DocumentType> type = facts.stream().filter(DocumentType.class::isInstance)
                    .map(DocumentType.class::cast).findFirst();
            session.fireAllRules(match -> {
                RuleInfo rule = byName.get(match.getRule().getName());
                return !settings.disabled().contains(rule.id())
                        && (documentRulesOnly ? rule.category() == Category.DOCUMENT
                                : type.map(rule.types()::appliesTo).orElse(true));
            });
            List<Finding> findings = new ArrayList<>();
            for (Object object : session.getObjects(o -> o instanceof Finding)) {
                Finding finding = (Finding) object;
                Severity configured = settings.severity().get(finding.ruleId());
                findings.add(configured == null ? finding : finding.withSeverity(configured));
            }
            findings.sort(FINDING_ORDER);
            return findings;
        } finally {
            session.dispose();
        }
    }

    public static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparingInt((Finding f) -> f.location().line())
            .thenComparingInt(f -> f.location().start())
            .thenComparing(f -> f.severity())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** The case (rule name) judges single glyphs and is not applied to OCR text ({@code @ocr("skip")}). */
    public boolean skippedOnOcr(String caseName) {
        RuleInfo rule = byName.get(caseName);
        return rule != null && rule.skippedOnOcr();
    }

    /**
     * The case reports a part of the header as absent ({@code @absent("header")}): several of them together
     * mean the header was not in the text at all (a body-only extraction), which the result page says once.
     */
    public boolean reportsAbsentHeader(String caseName) {
        RuleInfo rule = byName.get(caseName);
        return rule != null && rule.headerAbsence();
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /** One entry per rule id, in id order, with its severities as declared and as configured here. */
    public List<CatalogueEntry> catalogue() {
        Map<String, List<RuleInfo>> byId = new LinkedHashMap<>();
        for (RuleInfo rule : rules) {
            byId.computeIfAbsent(rule.id(), k -> new ArrayList<>()).add(rule);
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        byId.forEach((id, cases) -> {
            Set<Severity> severities = EnumSet.noneOf(Severity.class);
            cases.forEach(c -> severities.add(c.severity()));
            Severity configured = settings.severity().get(id);
            entries.add(new CatalogueEntry(id, cases.get(0).category(), List.copyOf(severities),
                    configured == null ? List.copyOf(severities) : List.of(configured), !settings.disabled().contains(id),
                    cases.get(0).legalBasis(), cases.stream().map(RuleInfo::summary).filter(s -> !s.isBlank())
                            .distinct().toList(),
                    cases.stream().map(c -> c.types().spec()).filter(s -> !s.isBlank()).distinct().toList()));
        });
        return entries;
    }
}
