package vn.soat.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import vn.soat.check.CheckPipeline;
import vn.soat.config.SettingsSources;
import vn.soat.config.SoatSettings;
import vn.soat.extract.ocr.OcrEngine;
import vn.soat.rulesdir.RuleFiles;

/**
 * {@code soat}: the top-level command; subcommands share the settings ({@code soat.*} from arguments, {@code -D},
 * the environment and application.yml, see {@link SoatSettings}) and the rules directory option.
 */
@Command(name = "soat", version = "soát 0.1.0",
        description = "Kiểm tra thể thức báo cáo hành chính (Nghị định 30/2020/NĐ-CP) trước khi gửi hoặc tiếp nhận.",
        subcommands = {CheckCommand.class, RulesCommand.class, ProfilesCommand.class, ServeCommand.class})
public final class SoatCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    HelpOption help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "In phiên bản rồi thoát.")
    boolean version;

    // Inherited: "soat check --rules DIR f.pdf" works as "soat --rules DIR check f.pdf" (it used to be refused with
    // "có phải: --rules-url?").
    @Option(names = "--rules", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Thư mục quy tắc (mặc định: soat.rules-dir, ./rules nếu có, nếu không thì bộ quy tắc đóng gói sẵn).")
    Path rulesDir;

    /** Set by {@link Cli#run(String...)}: a progress line is drawn only on a terminal. */
    boolean stderrIsTerminal;

    /** Set by {@link Cli}: what {@code soat check -} reads. */
    java.io.InputStream standardInput = java.io.InputStream.nullInputStream();

    /** The {@code --soat.x=y} arguments, also handed to the server. */
    final List<String> settingArguments;

    private SoatSettings settings;

    SoatCommand(List<String> settingArguments) {
        this.settingArguments = List.copyOf(settingArguments);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "thiếu lệnh con (check, rules, profiles, serve)");
    }

    /** The settings, resolved once; {@code --rules DIR} wins over {@code soat.rules-dir}. */
    SoatSettings settings() {
        if (settings == null) {
            try {
                SoatSettings resolved = SettingsSources.resolve(settingArguments);
                settings = rulesDir == null ? resolved : resolved.withRulesDir(rulesDir);
            } catch (IllegalArgumentException e) {
                throw new UsageError("cấu hình không hợp lệ: " + e.getMessage());
            } catch (RuntimeException e) {
                throw new UsageError("cấu hình không hợp lệ: " + ServeCommand.rootMessage(e));
            }
        }
        return settings;
    }

    RuleFiles ruleFiles() {
        return settings().ruleFiles();
    }

    CheckPipeline pipeline() {
        SoatSettings current = settings();
        return CheckPipeline.load(current.ruleFiles(), current.rules(), OcrEngine.create(current.ocr()));
    }
}
