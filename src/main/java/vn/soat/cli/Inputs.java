package vn.soat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * The files in argument order, each directory expanded in place.
     *
     * @throws UsageError for a path that does not exist, or a directory without a file soát reads
     */
    static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> found = under(argument);
                if (found.isEmpty()) {
                    throw new UsageError("thư mục " + argument + " không có tệp PDF, DOCX, DOC hay TXT nào");
                }
                files.addAll(found);
            } else if (Files.isRegularFile(argument)) {
                files.add(argument);
            } else {
                throw new UsageError("không tìm thấy tệp " + argument);
            }
        }
        return files;
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
            throw new UsageError("không đọc được thư mục " + directory + ": " + e.getMessage());
        }
    }

    private static boolean readable(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
