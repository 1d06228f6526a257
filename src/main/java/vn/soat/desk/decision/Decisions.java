package vn.soat.desk.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail of decisions and the waivers: rows are only added, never deleted; a withdrawn waiver keeps its row
 * with who withdrew it and when, and no longer applies.
 */
@Repository
public class Decisions {

    private final JdbcClient jdbc;

    public Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Decision decide(String submissionId, String decision, String comment, String by) {
        Decision made = new Decision(UUID.randomUUID().toString(), submissionId, decision, comment == null ? "" : comment, by,
                Instant.now());
        jdbc.sql("""
                INSERT INTO decisions (id, submission_id, decision, comment, decided_by, decided_at)
                VALUES (:id, :s, :d, :c, :by, :at)""")
                .param("id", made.id()).param("s", submissionId).param("d", decision).param("c", made.comment())
                .param("by", by).param("at", made.decidedAt().atOffset(ZoneOffset.UTC)).update();
        return made;
    }

    /** Oldest first: the trail as it happened. */
    public List<Decision> of(String submissionId) {
        return jdbc.sql("SELECT * FROM decisions WHERE submission_id = :s ORDER BY decided_at, id").param("s", submissionId)
                .query(Decisions::decision).list();
    }

    /** The latest decision of each file of the round that has one, by file id. */
    public Map<String, Decision> latestInPeriod(String periodId) {
        Map<String, Decision> latest = new HashMap<>();
        jdbc.sql("""
                SELECT d.* FROM decisions d JOIN submissions s ON s.id = d.submission_id
                WHERE s.period_id = :p ORDER BY d.decided_at, d.id""").param("p", periodId)
                .query(Decisions::decision).list().forEach(d -> latest.put(d.submissionId(), d));
        return latest;
    }

    public StoredWaiver waive(String submissionId, String ruleId, String excerpt, String reason, String by) {
        StoredWaiver waiver = new StoredWaiver(UUID.randomUUID().toString(), submissionId, ruleId, excerpt == null ? "" : excerpt,
                reason, by, Instant.now());
        jdbc.sql("""
                INSERT INTO waivers (id, submission_id, rule_id, excerpt, reason, created_by, created_at)
                VALUES (:id, :s, :r, :e, :reason, :by, :at)""")
                .param("id", waiver.id()).param("s", submissionId).param("r", ruleId).param("e", waiver.excerpt())
                .param("reason", reason).param("by", by).param("at", waiver.createdAt().atOffset(ZoneOffset.UTC)).update();
        return waiver;
    }

    /**
     * Withdraws a waiver given on this file: it stops applying to the file and to the unit's later files.
     *
     * @return false when the file has no such waiver in force
     */
    public boolean withdraw(String submissionId, String waiverId, String by) {
        return jdbc.sql("""
                UPDATE waivers SET withdrawn_by = :by, withdrawn_at = :at
                WHERE id = :w AND submission_id = :s AND withdrawn_at IS NULL""")
                .param("by", by).param("at", Instant.now().atOffset(ZoneOffset.UTC)).param("w", waiverId).param("s", submissionId)
                .update() == 1;
    }

    /**
     * The waivers that apply to a file: those given on it and on the same unit's files received
     * before it in the same round. None for a file whose unit is not known yet.
     */
    public List<StoredWaiver> applyingTo(String periodId, String unitCode, Instant receivedAt, String submissionId) {
        if (unitCode.isEmpty()) {
            return jdbc.sql("SELECT * FROM waivers WHERE submission_id = :s AND withdrawn_at IS NULL ORDER BY created_at")
                    .param("s", submissionId)
                    .query(Decisions::waiver).list();
        }
        return jdbc.sql("""
                SELECT w.* FROM waivers w JOIN submissions s ON s.id = w.submission_id
                WHERE s.period_id = :p AND (s.id = :s OR (s.unit_code = :u AND s.received_at <= :at))
                  AND w.withdrawn_at IS NULL
                ORDER BY w.created_at, w.id""")
                .param("p", periodId).param("s", submissionId).param("u", unitCode)
                .param("at", receivedAt.atOffset(ZoneOffset.UTC)).query(Decisions::waiver).list();
    }

    /** The waivers given on this file and withdrawn since, in the order they were withdrawn: the rest of its trail. */
    public List<WithdrawnWaiver> withdrawnOn(String submissionId) {
        return jdbc.sql("SELECT * FROM waivers WHERE submission_id = :s AND withdrawn_at IS NOT NULL ORDER BY withdrawn_at, id")
                .param("s", submissionId)
                .query((rs, n) -> new WithdrawnWaiver(waiver(rs, n), rs.getString("withdrawn_by"),
                        rs.getObject("withdrawn_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Whether any file of the round has a waiver: the board looks further only then. */
    public boolean anyWaiverIn(String periodId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM waivers w JOIN submissions s ON s.id = w.submission_id
                WHERE s.period_id = :p AND w.withdrawn_at IS NULL""")
                .param("p", periodId).query(Long.class).single() > 0;
    }

    private static Decision decision(ResultSet rs, int n) throws SQLException {
        return new Decision(rs.getString("id"), rs.getString("submission_id"), rs.getString("decision"), rs.getString("comment"),
                rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant());
    }

    private static StoredWaiver waiver(ResultSet rs, int n) throws SQLException {
        return new StoredWaiver(rs.getString("id"), rs.getString("submission_id"), rs.getString("rule_id"), rs.getString("excerpt"),
                rs.getString("reason"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
