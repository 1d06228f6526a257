package vn.soat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soat.render.Json;

/** A command that lists something loaded from the rules directory, as text for people or JSON for scripts. */
abstract class ListingCommand<T> implements Callable<Integer> {

    @ParentCommand
    SoatCommand parent;

    @Spec
    CommandSpec spec;

    /** The catalogue and the profiles are printed as text or JSON; SARIF and HTML are reports of checks. */
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text hoặc json.")
    Format format;

    /** What the JSON output shows. */
    abstract T load();

    abstract void printText(T loaded, PrintWriter out);

    @Override
    public Integer call() throws Exception {
        T loaded = load();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.MAPPER.writeValueAsString(loaded));
        } else {
            printText(loaded, out);
        }
        out.flush();
        return 0;
    }
}
