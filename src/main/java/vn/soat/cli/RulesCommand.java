package vn.soat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soat.render.Json;
import vn.soat.rules.CatalogueEntry;
import vn.soat.rules.RuleBase;

/** {@code soat rules}: the rule catalogue as loaded from the rules directory. */
@Command(name = "rules", description = "Liệt kê danh mục quy tắc.")
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    SoatCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text hoặc json.")
    CheckCommand.Format format;

    @Override
    public Integer call() throws Exception {
        RuleBase rules = RuleBase.load(parent.ruleFiles());
        PrintWriter out = spec.commandLine().getOut();
        if (format == CheckCommand.Format.json) {
            out.println(Json.MAPPER.writeValueAsString(rules.catalogue()));
        } else {
            for (CatalogueEntry entry : rules.catalogue()) {
                out.printf("%-32s %-10s %-15s %s%n", entry.id(), entry.category(),
                        String.join("/", entry.severities().stream().map(Enum::name).toList()), entry.legalBasis());
                for (String c : entry.cases()) {
                    out.printf("%32s  · %s%n", "", c);
                }
            }
        }
        out.flush();
        return 0;
    }
}
