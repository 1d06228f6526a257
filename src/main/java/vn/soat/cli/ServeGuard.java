package vn.soat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;
import vn.soat.config.SettingsSources;

/**
 * What {@code soat serve} checks before the heavy start and undoes after a failed one. A port another process
 * listens on is found in milliseconds here, where Spring would find it only after compiling the rules and
 * opening the database (seconds, and an H2 directory such as {@code ./data} created on the way); and a start that
 * fails anyway does not leave behind the H2 directory it created.
 */
final class ServeGuard {

    private static final String H2_FILE = "jdbc:h2:file:";

    /** The H2 file database's directory when this start would create it, else empty. */
    private final Optional<Path> createdDatabaseDirectory;

    private ServeGuard(Optional<Path> createdDatabaseDirectory) {
        this.createdDatabaseDirectory = createdDatabaseDirectory;
    }

    /**
     * Checks the port the server would listen on ({@code server.port} from the same sources as the server, 8080
     * by default; 0 and negative ports are Spring's to handle) and notes whether the database directory exists.
     *
     * @throws UsageError when the port is taken or out of range, in one Vietnamese line
     */
    static ServeGuard before(List<String> arguments) {
        Environment environment = SettingsSources.environment(arguments);
        Integer port;
        try {
            port = environment.getProperty("server.port", Integer.class, 8080);
        } catch (RuntimeException e) {
            throw new UsageError("server.port phải là một số cổng, không phải \"" + environment.getProperty("server.port") + "\"");
        }
        if (port > 65_535) {
            throw new UsageError("cổng " + port + " không hợp lệ (1–65535)");
        }
        if (port > 0) {
            refuseBusy(port, environment.getProperty("server.address"));
        }
        return new ServeGuard(databaseDirectory(environment.getProperty("spring.datasource.url", ""))
                .flatMap(ServeGuard::firstMissing));
    }

    /** After a start that failed: removes the database directory this start created, if any. */
    void startFailed() {
        createdDatabaseDirectory.filter(Files::isDirectory).ifPresent(ServeGuard::delete);
    }

    private static void refuseBusy(int port, String address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address == null || address.isBlank() ? new InetSocketAddress(port) : new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new UsageError("cổng " + port + " đang có chương trình khác dùng (có thể là một soát khác đang chạy);"
                    + " chọn cổng khác, ví dụ: soat serve --server.port=" + (port == 8080 ? 8081 : 8080));
        }
    }

    /** {@code jdbc:h2:file:./data/soat;MODE=…} → {@code ./data}; empty for another database or a home-relative path. */
    static Optional<Path> databaseDirectory(String url) {
        if (!url.startsWith(H2_FILE)) {
            return Optional.empty();
        }
        String file = url.substring(H2_FILE.length()).split(";", 2)[0];
        if (file.startsWith("~")) {
            return Optional.empty();
        }
        return Optional.ofNullable(Path.of(file).toAbsolutePath().normalize().getParent());
    }

    /** The outermost directory of {@code directory}'s path that does not exist yet: what H2 would create. */
    private static Optional<Path> firstMissing(Path directory) {
        if (Files.exists(directory)) {
            return Optional.empty();
        }
        Path missing = directory;
        while (missing.getParent() != null && !Files.exists(missing.getParent())) {
            missing = missing.getParent();
        }
        return Optional.of(missing);
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
