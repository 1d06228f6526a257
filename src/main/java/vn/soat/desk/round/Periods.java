package vn.soat.desk.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.soat.ingest.Submission;

/** The rounds and the units each one expects. */
@Repository
public class Periods {

    private final JdbcClient jdbc;

    public Periods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new round under a random id; the caller has checked the profile and the unit codes. */
    @Transactional
    public Period create(String title, String profile, LocalDate deadline, String requestLetter, List<String> units, String by) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        jdbc.sql("""
                INSERT INTO periods (id, title, profile, deadline, request_letter, created_by, created_at)
                VALUES (:id, :title, :profile, :deadline, :letter, :by, :at)""")
                .param("id", id).param("title", title).param("profile", profile).param("deadline", deadline)
                .param("letter", requestLetter == null ? "" : requestLetter).param("by", by)
                .param("at", now.atOffset(ZoneOffset.UTC)).update();
        for (String unit : units.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO period_units (period_id, unit_code) VALUES (:p, :u)").param("p", id).param("u", unit).update();
        }
        return find(id).orElseThrow();
    }

    /** Keeps the round's uploaded request letter, its bytes unchanged (one per round: a new one replaces it). */
    @Transactional
    public void storeLetter(String periodId, String fileName, byte[] bytes) {
        jdbc.sql("DELETE FROM period_letters WHERE period_id = :p").param("p", periodId).update();
        jdbc.sql("INSERT INTO period_letters (period_id, file_name, bytes) VALUES (:p, :name, :bytes)")
                .param("p", periodId).param("name", Submission.uploadedName(fileName)).param("bytes", bytes).update();
    }

    /** The round's uploaded request letter as a submission (name and bytes), if it has one. */
    public Optional<Submission> letter(String periodId) {
        return jdbc.sql("SELECT file_name, bytes FROM period_letters WHERE period_id = :p").param("p", periodId)
                .query((rs, n) -> new Submission(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** Newest first. */
    public List<Period> all() {
        return jdbc.sql("SELECT * FROM periods ORDER BY created_at DESC").query(this::row).list();
    }

    public Optional<Period> find(String id) {
        return jdbc.sql("SELECT * FROM periods WHERE id = :id").param("id", id).query(this::row).optional();
    }

    private Period row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String id = rs.getString("id");
        List<String> units = jdbc.sql("SELECT unit_code FROM period_units WHERE period_id = :p ORDER BY unit_code")
                .param("p", id).query(String.class).list();
        String letterFile = jdbc.sql("SELECT file_name FROM period_letters WHERE period_id = :p").param("p", id)
                .query(String.class).optional().orElse("");
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        return new Period(id, rs.getString("title"), rs.getString("profile"), rs.getObject("deadline", LocalDate.class),
                rs.getString("request_letter"), letterFile, units, rs.getString("created_by"), created.toInstant());
    }
}
