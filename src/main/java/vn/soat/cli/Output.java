package vn.soat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import vn.soat.check.CheckResult;
import vn.soat.profile.OutlineProfile;
import vn.soat.render.HtmlReport;
import vn.soat.render.Json;
import vn.soat.render.SarifReport;
import vn.soat.render.SummaryTable;
import vn.soat.render.TextReport;
import vn.soat.render.Unread;
import vn.soat.rules.RuleBase;

/**
 * Where the results of a {@code soat check} run go, one at a time, in input order. Text and JSON are written
 * as each result arrives (JSON as an array streamed element by element); SARIF and HTML are one document per
 * run, so they keep the results — findings only, the documents are long gone — and write them at the end.
 */
abstract class Output {

    protected final Writer writer;
    /** The files not read, for the formats that end with an account of the whole run. */
    protected final List<Unread> unread = new ArrayList<>();

    private Output(Writer writer) {
        this.writer = writer;
    }

    /**
     * @param array JSON only: an array even for one result (several files, or a directory argument)
     */
    static Output of(CheckCommand.Format format, Writer writer, boolean array, RuleBase rules, String rulesUrl,
            List<OutlineProfile> profiles) {
        return switch (format) {
            case text -> new Text(writer, profiles);
            case json -> new JsonStream(writer, array);
            case sarif -> new WholeRun(writer, (results, unread) -> SarifReport.render(results, unread, rules.rules(), rulesUrl));
            case html -> new WholeRun(writer, HtmlReport::render);
        };
    }

    abstract void add(CheckResult result);

    /**
     * A file that could not be read at all, in its place in the input order: text, SARIF and HTML name it in their
     * account of the whole run; a JSON array holds results only (the run's stderr and exit status 2 say it).
     */
    void unreadable(Unread file) {
        unread.add(file);
    }

    abstract void finish();

    protected void write(String text) {
        try {
            writer.write(text);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report of each file as it comes, then a table of all files when there were several. */
    private static final class Text extends Output {

        private final List<SummaryTable.Row> rows = new ArrayList<>();
        private final List<OutlineProfile> profiles;

        Text(Writer writer, List<OutlineProfile> profiles) {
            super(writer);
            this.profiles = profiles;
        }

        @Override
        void add(CheckResult result) {
            write((rows.isEmpty() ? "" : "\n") + TextReport.render(result, profiles));
            rows.add(SummaryTable.Row.of(result));
        }

        @Override
        void finish() {
            if (rows.size() + unread.size() > 1) {
                write((rows.isEmpty() ? "" : "\n") + SummaryTable.render(rows, unread));
            }
        }
    }

    private static final class JsonStream extends Output {

        private final boolean array;
        private int count;

        JsonStream(Writer writer, boolean array) {
            super(writer);
            this.array = array;
        }

        @Override
        void add(CheckResult result) {
            String json = Json.MAPPER.writeValueAsString(result);
            if (!array) {
                write(json + "\n");
            } else {
                write((count == 0 ? "[\n" : ",\n") + json.indent(2).stripTrailing());
            }
            count++;
        }

        @Override
        void finish() {
            if (array) {
                write(count == 0 ? "[]\n" : "\n]\n");
            }
        }
    }

    /** A format that describes the whole run in one document. */
    private static final class WholeRun extends Output {

        private final List<CheckResult> results = new ArrayList<>();
        private final Renderer renderer;

        WholeRun(Writer writer, Renderer renderer) {
            super(writer);
            this.renderer = renderer;
        }

        @Override
        void add(CheckResult result) {
            results.add(result);
        }

        @Override
        void finish() {
            write(renderer.render(results, unread));
        }
    }

    @FunctionalInterface
    private interface Renderer {
        String render(List<CheckResult> results, List<Unread> unread);
    }
}
