package vn.soat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a {@code soat check} run reads, from its arguments: a file as given, a directory as every
 * PDF/DOCX/DOC/TXT under it (recursive, sorted by path). Shell globs are expanded by the shell before this.
 */
final class Inputs {

    static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "txt");

    private Inputs() {
    }

    /** {@link #expand(List, Optional)} without a results file. */
    static List<Path> expand(List<Path> arguments) {
        return expand(arguments, Optional.empty());
    }

    /**
     * The files in argument order, each directory expanded in place. A file named twice (or named and also
     * under a directory given) is checked once, where it first comes. A directory's files leave out
     * {@code results}, the {@code --out} file: a second run of {@code soat check --out ket-qua.txt .} must not
     * read the first run's results as a report.
     *
     * @throws UsageError for a path that does not exist or is not a file (a pipe, a device), or a directory
     *                    without a file soát reads
     */
    static List<Path> expand(List<Path> arguments, Optional<Path> results) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Optional<Path> skipped = results.filter(Files::isRegularFile).map(Inputs::identity);
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> found = under(argument).stream().filter(file -> skipped.isEmpty() || !skipped.get().equals(identity(file)))
                        .toList();
                if (found.isEmpty()) {
                    throw new UsageError("thư mục " + argument + " không có tệp PDF, DOCX, DOC hay TXT nào");
                }
                found.stream().filter(file -> seen.add(identity(file))).forEach(files::add);
            } else if (Files.isRegularFile(argument)) {
                if (seen.add(identity(argument))) {
                    files.add(argument);
                }
            } else if (Files.exists(argument)) {
                throw new UsageError(argument + " không phải là tệp hay thư mục (một đường ống hay thiết bị?); soát chỉ đọc tệp PDF, DOCX, DOC, TXT");
            } else if (Files.exists(argument, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageError(argument + " là liên kết tới một tệp không còn tồn tại");
            } else {
                throw new UsageError("không tìm thấy tệp " + argument + localeHint(argument.toString()));
            }
        }
        return files;
    }

    /**
     * For a name with U+FFFD: Java decoded the argument in an ASCII locale ({@code java -jar} with LANG unset), so
     * the name was right and the environment is not. Empty otherwise.
     */
    static String localeHint(String name) {
        return name.indexOf('\uFFFD') < 0 ? ""
                : "; tên tệp có dấu bị đọc sai vì môi trường không dùng UTF-8: chạy với LANG=C.UTF-8 (bin/soat tự đặt)";
    }

    /** The file itself, whatever link or relative name leads to it. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** A link named as the directory is followed, as {@code find -H} does; the paths keep the name it was given by. */
    private static List<Path> under(Path directory) {
        try {
            Path start = directory.toRealPath();
            try (Stream<Path> paths = Files.walk(start)) {
                return paths.filter(Files::isRegularFile).filter(Inputs::readable)
                        .map(file -> directory.resolve(start.relativize(file))).sorted().toList();
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw new UsageError("không đọc được thư mục " + directory + ": " + ReadFailure.withPath(cause));
        }
    }

    private static boolean readable(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
