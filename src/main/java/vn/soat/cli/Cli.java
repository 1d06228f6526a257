package vn.soat.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import vn.soat.profile.UnknownProfileException;
import vn.soat.rulesdir.RuleLoadException;

/** Runs the command line and maps every failure to the exit codes of docs/findings.md with a one-line message. */
public final class Cli {

    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new SoatCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setAllowSubcommandsAsOptionParameters(true);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("soát: " + e.getMessage());
            err.println("Xem: soat " + (e.getCommandLine().getCommandName().equals("soat") ? "" : e.getCommandLine().getCommandName() + " ") + "--help");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageError || e instanceof RuleLoadException || e instanceof UnknownProfileException) {
                err.println("soát: " + e.getMessage());
                return USAGE;
            }
            err.println("soát: lỗi không mong đợi: " + e);
            return USAGE;
        });
        return cli.execute(args);
    }
}
