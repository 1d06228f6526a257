package vn.soat.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * The line on stderr that says how far a run of several files is: {@code 12/570 tệp · 143 tệp/giây · còn khoảng 4 giây}.
 * Redrawn in place at most ten times a second, erased at the end; a run whose stderr is not a terminal
 * (a pipe, a file, CI) gets {@link #NONE}, which prints nothing.
 */
class Progress {

    static final Progress NONE = new Progress();

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final LongSupplier nanoTime;
    /** When the first file was done: its time also holds loading the rules, so the rate is measured from here. */
    private long firstDone;
    private int done;
    private long drawn;
    private boolean shown;
    private boolean finished;

    private Progress() {
        this(null, 0, System::nanoTime);
    }

    Progress(PrintWriter err, int total, LongSupplier nanoTime) {
        this.err = err;
        this.total = total;
        this.nanoTime = nanoTime;
    }

    /** A progress line for {@code total} files when there are several and stderr is a terminal, else {@link #NONE}. */
    static Progress of(PrintWriter err, int total, boolean stderrIsTerminal) {
        if (!stderrIsTerminal || total < 2) {
            return NONE;
        }
        Progress progress = new Progress(err, total, System::nanoTime);
        // Ctrl-C: the line is erased, so that the shell's prompt does not land after "còn khoảng 2 giây".
        Runtime.getRuntime().addShutdownHook(new Thread(progress::finish, "soat-progress"));
        return progress;
    }

    /** One more file is done. */
    synchronized void step() {
        if (err == null || finished) {
            return;
        }
        done++;
        long now = nanoTime.getAsLong();
        if (done == 1) {
            firstDone = now;
        }
        if (done < total && shown && now - drawn < REDRAW_NANOS) {
            return;
        }
        drawn = now;
        shown = true;
        err.print("\r\033[K" + line(done, total, (now - firstDone) / 1e9));
        err.flush();
    }

    /** Erases the line so that what follows starts on a clean line; once, also when called again at exit. */
    synchronized void finish() {
        if (!finished) {
            clear();
            finished = true;
        }
    }

    /** Erases the line for a message of its own (the next step draws it again). */
    synchronized void clear() {
        if (err != null && !finished) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    /**
     * {@code 12/570 tệp · 143,2 tệp/giây · còn khoảng 4 giây}: the rate over the files done in the
     * {@code secondsSinceFirst} since the first one, so shown from the second file on. Counted from the start, the
     * first file's wait for the rules made the first estimate of a 300-file run 150 seconds for 5.
     */
    static String line(int done, int total, double secondsSinceFirst) {
        StringBuilder line = new StringBuilder().append(done).append('/').append(total).append(" tệp");
        if (done > 1 && secondsSinceFirst > 0) {
            double rate = (done - 1) / secondsSinceFirst;
            line.append(String.format(java.util.Locale.ROOT, " · %.1f tệp/giây", rate).replace('.', ','));
            line.append(" · còn khoảng ").append(Math.round((total - done) / rate)).append(" giây");
        }
        return line.toString();
    }

    /**
     * Whether this process's stderr is a terminal: on Linux, where file descriptor 2 leads; elsewhere
     * whether the JVM has a console at all (Java has no portable test for stderr alone).
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the portable approximation
        }
        return System.console() != null;
    }
}
