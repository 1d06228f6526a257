package vn.soat.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The files a {@code soat check} run reads, from its arguments: a file as given, a directory as every
 * PDF/DOCX/DOC/TXT under it (recursive, sorted by path). Shell globs are expanded by the shell before this.
 */
final class Inputs {

    static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "txt");

    /** {@code -}: the standard input, read as one file whose format is told by its content. {@code ./-} names a file. */
    static final Path STANDARD_INPUT = Path.of("-");

    private Inputs() {
    }

    /**
     * The files in argument order, each directory expanded in place. A file named twice (or named and also
     * under a directory given) is checked once, where it first comes. A directory's files leave out
     * {@code results}, the {@code --out} file: a second run of {@code soat check --out ket-qua.txt .} must not
     * read the first run's results as a report. A sub-directory that cannot be listed is passed to
     * {@code unreadable} ({@code path: reason}) and left out.
     *
     * @throws UsageError for a path that does not exist or is not a file (a pipe, a device), or a directory
     *                    without a file soát reads
     */
    static List<Path> expand(List<Path> arguments, Optional<Path> results, Consumer<String> unreadable) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Optional<Path> skipped = results.filter(Files::isRegularFile).map(Inputs::identity);
        for (Path argument : arguments) {
            if (isStandardInput(argument)) {
                if (seen.add(STANDARD_INPUT)) {
                    files.add(STANDARD_INPUT);
                }
            } else if (Files.isDirectory(argument)) {
                boolean any = false;
                for (Path file : under(argument, unreadable)) {
                    Path real = identity(file);
                    if (skipped.isPresent() && skipped.get().equals(real)) {
                        continue;
                    }
                    any = true;
                    if (seen.add(real)) {
                        files.add(file);
                    }
                }
                if (!any) {
                    throw new UsageError("thư mục " + argument + " không có tệp PDF, DOCX, DOC hay TXT nào");
                }
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

    /** The argument {@code -} itself: not {@code ./-}, which is a file of that name. */
    static boolean isStandardInput(Path argument) {
        return argument.toString().equals("-");
    }

    /** The file itself, whatever link or relative name leads to it. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /**
     * A link named as the directory is followed, as {@code find -H} does; the paths keep the name it was given by.
     * A sub-directory that cannot be listed is passed to {@code unreadable} (path and reason) and the walk goes on,
     * as {@code grep -r} does.
     */
    private static List<Path> under(Path directory, Consumer<String> unreadable) {
        Path start;
        try {
            start = directory.toRealPath();
        } catch (IOException e) {
            throw new UsageError("không đọc được thư mục " + directory + ": " + ReadFailure.reason(e));
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (readable(file) && Files.isRegularFile(file)) { // a link to a file counts, as before
                        found.add(directory.resolve(start.relativize(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (file.equals(start)) {
                        throw e;
                    }
                    unreadable.accept(directory.resolve(start.relativize(file)) + ": " + ReadFailure.reason(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        unreadable.accept(directory.resolve(start.relativize(dir)) + ": " + ReadFailure.reason(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UsageError("không đọc được thư mục " + directory + ": " + ReadFailure.reason(e));
        }
        return found.stream().sorted().toList();
    }

    private static boolean readable(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
