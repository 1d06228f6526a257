package vn.soat.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.soat.check.CheckResult;
import vn.soat.render.Json;

/** Every accepted check, stored with its result JSON; the same file checked twice is two entries. */
@Repository
public class CheckHistory {

    private final JdbcClient jdbc;

    public CheckHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the result under a new id and returns it as stored (with its id). */
    public StoredCheck save(CheckResult result, long sizeBytes) {
        String id = UUID.randomUUID().toString();
        CheckResult withId = result.withId(id);
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(withId);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("a check result always serialises", e);
        }
        StoredCheck stored = new StoredCheck(id, result.file(), result.sha256(), sizeBytes, result.profile(),
                result.verdict().name(), json, result.checkedAt());
        jdbc.sql("""
                INSERT INTO checks (id, file_name, sha256, size_bytes, profile, verdict, result_json, created_at)
                VALUES (:id, :fileName, :sha256, :size, :profile, :verdict, :json, :createdAt)""")
                .param("id", id)
                .param("fileName", stored.fileName())
                .param("sha256", stored.sha256())
                .param("size", sizeBytes)
                .param("profile", stored.profile())
                .param("verdict", stored.verdict())
                .param("json", json)
                .param("createdAt", stored.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        return stored;
    }

    public Optional<StoredCheck> find(String id) {
        return jdbc.sql("SELECT * FROM checks WHERE id = :id").param("id", id).query(this::row).optional();
    }

    public static CheckResult result(StoredCheck stored) {
        try {
            return Json.MAPPER.readValue(stored.resultJson(), CheckResult.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("stored result " + stored.id() + " is not readable", e);
        }
    }

    private StoredCheck row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        java.time.OffsetDateTime created = rs.getObject("created_at", java.time.OffsetDateTime.class);
        return new StoredCheck(rs.getString("id"), rs.getString("file_name"), rs.getString("sha256").strip(),
                rs.getLong("size_bytes"), rs.getString("profile"), rs.getString("verdict"), rs.getString("result_json"),
                created == null ? Instant.EPOCH : created.toInstant());
    }
}
