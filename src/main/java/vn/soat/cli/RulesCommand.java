package vn.soat.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.soat.explain.RuleExamples;
import vn.soat.explain.RuleExplanation;
import vn.soat.rules.CatalogueEntry;
import vn.soat.rules.RuleBase;

/** {@code soat rules}: the rule catalogue as loaded from the rules directory; {@code --explain ID} one rule in full. */
@Command(name = "rules", description = "Liệt kê danh mục quy tắc, hoặc giải thích một quy tắc (--explain MÃ).")
final class RulesCommand extends ListingCommand<Object> {

    @picocli.CommandLine.Mixin
    HelpOption help;

    @Option(names = "--explain", paramLabel = "MÃ", description = "Giải thích một quy tắc: các trường hợp, mức độ, căn cứ, ví dụ sai và đúng.")
    String explain;

    @Override
    Object load() {
        RuleBase rules = RuleBase.load(parent.ruleFiles(), parent.settings().rules());
        if (explain == null) {
            return rules.catalogue();
        }
        return RuleExplanation.find(explain.strip().toUpperCase(java.util.Locale.ROOT), rules, RuleExamples.load(parent.ruleFiles()),
                        parent.settings().rules())
                .orElseThrow(() -> new UsageError("không có quy tắc " + explain + " (xem: soat rules)"));
    }

    @Override
    @SuppressWarnings("unchecked")
    void printText(Object loaded, PrintWriter out) {
        if (loaded instanceof RuleExplanation rule) {
            ExplanationText.print(rule, out);
            return;
        }
        for (CatalogueEntry entry : (List<CatalogueEntry>) loaded) {
            String severities = String.join("/", entry.configuredSeverities().stream().map(Enum::name).toList());
            out.printf("%-32s %-10s %-15s %s%n", entry.id(), entry.category(),
                    entry.enabled() ? severities : "TẮT", entry.legalBasis());
            if (!entry.enabled() || !entry.configuredSeverities().equals(entry.severities())) {
                out.printf("%32s  mặc định: %s; cấu hình: %s%n", "", String.join("/", entry.severities().stream()
                        .map(Enum::name).toList()), entry.enabled() ? severities : "tắt (soat.rules.disabled)");
            }
            for (String c : entry.cases()) {
                out.printf("%32s  · %s%n", "", c);
            }
            if (!entry.appliesTo().isEmpty()) {
                out.printf("%32s  áp dụng cho loại văn bản: %s%n", "", String.join("; ", entry.appliesTo().stream()
                        .map(ExplanationText::readableTypes).toList()));
            }
        }
    }
}
