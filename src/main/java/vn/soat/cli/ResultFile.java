package vn.soat.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The {@code --out} file of a check. It is written beside itself under a hidden temporary name and put in place
 * only once the whole run is written, so that a run stopped by Ctrl-C or an error leaves the previous results
 * whole (and the exit status says the run failed), never half a JSON array or SARIF log. A target that is not a
 * plain file ({@code /dev/null}, a pipe, a link) is written in place.
 */
final class ResultFile implements Closeable {

    private final Path target;
    /** Null when written in place. */
    private final Path temporary;
    private final Writer writer;
    private boolean committed;

    private ResultFile(Path target, Path temporary, Writer writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    /** @throws IOException when neither the file nor its temporary can be created */
    static ResultFile open(Path target) throws IOException {
        boolean inPlace = Files.isSymbolicLink(target) || Files.exists(target) && !Files.isRegularFile(target);
        Path temporary = inPlace ? null : temporaryBeside(target);
        Path written = inPlace ? target : temporary;
        return new ResultFile(target, temporary, new OutputStreamWriter(Files.newOutputStream(written), StandardCharsets.UTF_8));
    }

    private static Path temporaryBeside(Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        // createFile, not createTempFile: the results get the permissions any new file gets (not rw-------).
        Path temporary = Files.createFile(directory.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid()
                + "-" + System.nanoTime() + ".tmp"));
        temporary.toFile().deleteOnExit(); // Ctrl-C: the JVM's shutdown removes it
        return temporary;
    }

    Writer writer() {
        return writer;
    }

    /** The run is written: the results replace the file's previous content at once. */
    void commit() throws IOException {
        writer.close();
        if (temporary != null) {
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /** Without {@link #commit()}: the partial results are dropped and the previous file stays as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
