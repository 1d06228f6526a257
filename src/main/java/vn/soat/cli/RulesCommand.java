package vn.soat.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import vn.soat.rules.CatalogueEntry;
import vn.soat.rules.RuleBase;

/** {@code soat rules}: the rule catalogue as loaded from the rules directory. */
@Command(name = "rules", description = "Liệt kê danh mục quy tắc.")
final class RulesCommand extends ListingCommand<List<CatalogueEntry>> {

    @Override
    List<CatalogueEntry> load() {
        return RuleBase.load(parent.ruleFiles(), parent.settings().rules()).catalogue();
    }

    @Override
    void printText(List<CatalogueEntry> loaded, PrintWriter out) {
        for (CatalogueEntry entry : loaded) {
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
                out.printf("%32s  áp dụng cho loại văn bản: %s%n", "", String.join("; ", entry.appliesTo().stream().map(RulesCommand::readable).toList()));
            }
        }
    }

    /** {@code REPORT !CV} → {@code báo cáo, trừ CV}. */
    private static String readable(String spec) {
        return java.util.Arrays.stream(spec.split("[\\s,]+")).map(token -> switch (token) {
            case "REPORT" -> "báo cáo";
            case "ANY" -> "mọi văn bản";
            default -> token.startsWith("!") ? "trừ " + token.substring(1) : token;
        }).collect(java.util.stream.Collectors.joining(", "));
    }
}
