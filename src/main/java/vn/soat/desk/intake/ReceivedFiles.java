package vn.soat.desk.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.soat.check.CheckResult;

/** The {@code submissions} and {@code originals} tables: each file's row and its bytes, unchanged. */
@Repository
public class ReceivedFiles {

    /** The length of {@code submissions.issuer} (Flyway V2). */
    private static final int ISSUER_LENGTH = 500;

    private final JdbcClient jdbc;

    public ReceivedFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, String periodId, String unitCode, String fileName, String sha256, byte[] bytes, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO submissions (id, period_id, unit_code, unit_match, file_name, sha256, size_bytes, status,
                    received_by, received_at)
                VALUES (:id, :period, :unit, :match, :name, :sha, :size, 'WAITING', :by, :at)""")
                .param("id", id).param("period", periodId).param("unit", unitCode.isEmpty() ? null : unitCode)
                .param("match", unitCode.isEmpty() ? "PENDING" : "GIVEN").param("name", fileName).param("sha", sha256)
                .param("size", (long) bytes.length).param("by", by).param("at", at.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("INSERT INTO originals (submission_id, bytes) VALUES (:id, :bytes)").param("id", id).param("bytes", bytes).update();
    }

    void checked(String id, String checkId, CheckResult result, String unitCode, String unitMatch) {
        jdbc.sql("""
                UPDATE submissions SET status = 'CHECKED', check_id = :check, issuer = :issuer, verdict = :verdict,
                    errors = :errors, warnings = :warnings, unit_code = :unit, unit_match = :match WHERE id = :id""")
                .param("check", checkId).param("issuer", fit(result.issuer(), ISSUER_LENGTH)).param("verdict", result.verdict().name())
                .param("errors", result.summary().errors()).param("warnings", result.summary().warnings())
                .param("unit", unitCode.isEmpty() ? null : unitCode).param("match", unitMatch).param("id", id).update();
    }

    /**
     * A header read from a damaged file (no line breaks) can make an issuer of any length; the row keeps what the board
     * shows, the check result keeps it whole.
     */
    private static String fit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    void failed(String id) {
        jdbc.sql("UPDATE submissions SET status = 'FAILED' WHERE id = :id").param("id", id).update();
    }

    /** The reviewer's choice of unit for a file. */
    public void assign(String id, String unitCode) {
        jdbc.sql("UPDATE submissions SET unit_code = :unit, unit_match = 'REVIEWER' WHERE id = :id")
                .param("unit", unitCode).param("id", id).update();
    }

    public Optional<ReceivedFile> find(String id) {
        return jdbc.sql("SELECT * FROM submissions WHERE id = :id").param("id", id).query(ReceivedFiles::row).optional();
    }

    /** A round's files, in the order received. */
    public List<ReceivedFile> ofPeriod(String periodId) {
        return jdbc.sql("SELECT * FROM submissions WHERE period_id = :p ORDER BY received_at, file_name")
                .param("p", periodId).query(ReceivedFiles::row).list();
    }

    public Optional<byte[]> original(String id) {
        return jdbc.sql("SELECT bytes FROM originals WHERE submission_id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static ReceivedFile row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime at = rs.getObject("received_at", OffsetDateTime.class);
        return new ReceivedFile(rs.getString("id"), rs.getString("period_id"), text(rs, "unit_code"), rs.getString("unit_match"),
                rs.getString("file_name"), rs.getString("sha256").strip(), rs.getLong("size_bytes"), rs.getString("status"),
                text(rs, "check_id"), text(rs, "issuer"), text(rs, "verdict"), rs.getInt("errors"), rs.getInt("warnings"),
                rs.getString("received_by"), at.toInstant());
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }
}
