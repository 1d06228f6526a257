package vn.soat.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.soat.finding.Category;
import vn.soat.finding.Severity;
import vn.soat.rules.RuleBase;
import vn.soat.rules.RuleInfo;
import vn.soat.rules.RuleSettings;

/**
 * One rule id explained for a reader ({@code soat rules --explain ID}, the rules page): its category, legal basis,
 * each case with its severity as configured and the document types it applies to, and one wrong and one right
 * example taken from the first case that has examples ({@link RuleExamples}); both empty when no case has one.
 * {@code letter} is the request letter that example is checked against ({@code soat check --request}): its text,
 * "Tệp: " and a path, or empty when the example needs no letter.
 */
public record RuleExplanation(String id, Category category, String categoryName, String summary, String legalBasis,
        List<Case> cases, String wrong, String right, String letter) {

    /** One {@code rule} block of the id. */
    public record Case(String name, Severity severity, String summary, String legalBasis, String appliesTo,
            boolean hasExamples) {
    }

    /** Every rule id of the rule base, in catalogue order, each case at its declared severity. */
    public static List<RuleExplanation> all(RuleBase rules, RuleExamples examples) {
        return all(rules, examples, RuleSettings.DEFAULTS);
    }

    /** Every rule id, each case at its severity as {@code settings} configure it ({@code soat.rules.severity.ID}). */
    public static List<RuleExplanation> all(RuleBase rules, RuleExamples examples, RuleSettings settings) {
        Map<String, List<RuleInfo>> byId = new LinkedHashMap<>();
        for (RuleInfo rule : rules.rules()) {
            byId.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(rule);
        }
        return byId.values().stream().map(cases -> of(cases, examples, settings)).toList();
    }

    /** The id explained, or empty when the rule base has no such id. */
    public static Optional<RuleExplanation> find(String id, RuleBase rules, RuleExamples examples) {
        return find(id, rules, examples, RuleSettings.DEFAULTS);
    }

    public static Optional<RuleExplanation> find(String id, RuleBase rules, RuleExamples examples, RuleSettings settings) {
        List<RuleInfo> cases = rules.rules().stream().filter(r -> r.id().equals(id)).toList();
        return cases.isEmpty() ? Optional.empty() : Optional.of(of(cases, examples, settings));
    }

    private static RuleExplanation of(List<RuleInfo> cases, RuleExamples examples, RuleSettings settings) {
        RuleInfo first = cases.get(0);
        Severity configured = settings.severity().get(first.id());
        List<Case> described = cases.stream().map(c -> new Case(c.name(), configured == null ? c.severity() : configured,
                c.summary(), c.legalBasis(),
                c.types().spec(), examples.of(c.name()).isPresent())).toList();
        Optional<RuleExamples.CaseExample> example = cases.stream().map(c -> examples.of(c.name()))
                .flatMap(Optional::stream).map(RuleExamples.Located::example).findFirst();
        String basis = LegalBasis.merged(cases.stream().map(RuleInfo::legalBasis).toList());
        return new RuleExplanation(first.id(), first.category(), first.category().label(),
                cases.stream().map(RuleInfo::summary).filter(s -> !s.isBlank()).findFirst().orElse(""), basis, described,
                example.map(RuleExamples.CaseExample::shownWrong).orElse(""),
                example.map(RuleExamples.CaseExample::shownRight).orElse(""),
                example.map(RuleExamples.CaseExample::shownLetter).orElse(""));
    }
}
