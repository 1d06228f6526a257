package vn.soat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line as from a pipe: its exit status, stdout and stderr. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /** With {@code input} as the standard input ({@code soat check -}). */
    static CliRun withInput(byte[] input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new java.io.ByteArrayInputStream(input), new PrintWriter(out), new PrintWriter(err), false, args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
