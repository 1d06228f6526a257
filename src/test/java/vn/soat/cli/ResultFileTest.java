package vn.soat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out}: a run that does not finish leaves the previous results whole, and nothing beside them. */
class ResultFileTest {

    @Test
    void aFinishedRunReplacesTheResults(@TempDir Path dir) throws IOException {
        Path results = Files.writeString(dir.resolve("ket-qua.json"), "[ \"lần trước\" ]\n");
        try (ResultFile file = ResultFile.open(results)) {
            file.writer().write("[ \"lần này\" ]\n");
            file.commit();
        }
        assertThat(results).hasContent("[ \"lần này\" ]");
        assertThat(dir.toFile().list()).containsExactly("ket-qua.json");
    }

    @Test
    void aRunStoppedHalfWayLeavesThePreviousResults(@TempDir Path dir) throws IOException {
        Path results = Files.writeString(dir.resolve("ket-qua.json"), "[ \"lần trước\" ]\n");
        try (ResultFile file = ResultFile.open(results)) {
            file.writer().write("[ \"một nửa\",");
        }
        assertThat(results).hasContent("[ \"lần trước\" ]");
        assertThat(dir.toFile().list()).containsExactly("ket-qua.json");
        Path fresh = dir.resolve("moi.sarif");
        try (ResultFile file = ResultFile.open(fresh)) {
            file.writer().write("{");
        }
        assertThat(fresh).doesNotExist();
    }

    @Test
    void aLinkOrADeviceIsWrittenInPlace(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("that.txt"), "cũ");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        try (ResultFile file = ResultFile.open(link)) {
            file.writer().write("mới");
            file.commit();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("mới");
        try (ResultFile file = ResultFile.open(Path.of("/dev/null"))) {
            file.writer().write("không đi đâu");
            file.commit();
        }
        assertThat(Path.of("/dev/null")).exists();
    }
}
