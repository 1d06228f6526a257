package vn.soat.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import vn.soat.profile.UnknownProfileException;
import vn.soat.rulesdir.RuleLoadException;

/** Runs the command line and maps every failure to the exit codes of docs/findings.md with a one-line message. */
public final class Cli {

    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String... args) {
        // Given the PrintStream itself, checkError() sees its write errors: a closed pipe stops a check (CheckCommand).
        return run(System.in, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8),
                Progress.stderrIsTerminal(), args);
    }

    /** As from a pipe: no progress line. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), out, err, false, args);
    }

    /** As from a pipe, with {@code in} as the standard input that {@code soat check -} reads. */
    static int run(InputStream in, PrintWriter out, PrintWriter err, boolean stderrIsTerminal, String... args) {
        // --soat.x=y (and --spring.config.…) are settings, taken by every subcommand as the server takes them.
        List<String> settings = Arrays.stream(args).filter(Cli::isSetting).toList();
        String[] commandArgs = Arrays.stream(args).filter(a -> !isSetting(a)).toArray(String[]::new);
        SoatCommand soat = new SoatCommand(settings);
        soat.stderrIsTerminal = stderrIsTerminal;
        soat.standardInput = in;
        CommandLine cli = new CommandLine(soat);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setAllowSubcommandsAsOptionParameters(true);
        HelpOption.headingsInVietnamese(cli);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("soát: " + ParameterMistake.describe(e));
            err.println(ParameterMistake.helpHint(e));
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageError || e instanceof RuleLoadException || e instanceof UnknownProfileException) {
                err.println("soát: " + oneLine(e.getMessage()));
                return USAGE;
            }
            if (e instanceof java.nio.file.FileSystemException io) {
                err.println("soát: không ghi hoặc đọc được " + io.getFile() + (io.getReason() == null ? "" : " (" + io.getReason() + ")")
                        + (e instanceof java.nio.file.NoSuchFileException ? ": thư mục không tồn tại" : ""));
                return USAGE;
            }
            err.println("soát: lỗi không mong đợi: " + e);
            return USAGE;
        });
        try {
            return cli.execute(commandArgs);
        } catch (OutOfMemoryError e) {
            // An Error passes picocli's handler: without this, a stack trace and exit 1, which means "findings".
            err.println("soát: hết bộ nhớ (" + e.getMessage() + "); kiểm tra ít tệp hơn mỗi lần (--jobs 1) hoặc tăng -Xmx qua JAVA_OPTS");
            return USAGE;
        }
    }

    /** A message of several lines (each error of a rules file) as one: {@code head: first; second}. */
    static String oneLine(String message) {
        List<String> lines = String.valueOf(message).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() < 2) {
            return lines.isEmpty() ? "" : lines.get(0);
        }
        return lines.get(0) + " " + String.join("; ", lines.subList(1, lines.size()));
    }

    private static boolean isSetting(String argument) {
        return argument.startsWith("--soat.") || argument.startsWith("--spring.config.");
    }
}
