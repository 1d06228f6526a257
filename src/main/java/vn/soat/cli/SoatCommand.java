package vn.soat.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import vn.soat.check.CheckPipeline;
import vn.soat.rulesdir.RuleFiles;

/** {@code soat}: the top-level command; subcommands share the rules directory option. */
@Command(name = "soat", mixinStandardHelpOptions = true, version = "soát 0.1.0",
        description = "Kiểm tra thể thức báo cáo hành chính (Nghị định 30/2020/NĐ-CP) trước khi gửi hoặc tiếp nhận.",
        subcommands = {CheckCommand.class, RulesCommand.class, ProfilesCommand.class, ServeCommand.class})
public final class SoatCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Thư mục quy tắc (mặc định: ./rules nếu có, nếu không thì bộ quy tắc đóng gói sẵn).")
    Path rulesDir;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "thiếu lệnh con (check, rules, profiles, serve)");
    }

    RuleFiles ruleFiles() {
        return rulesDir == null ? RuleFiles.defaults() : RuleFiles.in(rulesDir);
    }

    CheckPipeline pipeline() {
        return CheckPipeline.load(ruleFiles());
    }
}
