package vn.soat.desk.people;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The registry of reporting units with the issuer names their files may carry. */
@Repository
public class Units {

    private final JdbcClient jdbc;

    public Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The length of {@code units.name} and {@code unit_issuer_names.name} (Flyway V2). */
    private static final int NAME_LENGTH = 300;

    /**
     * A unit needs a code of 1–50 letters, digits, '-', '_' or '.', and a name; its name and issuer names fit their
     * columns. Else a 400 problem that says which.
     */
    public static Unit valid(Unit unit) {
        if (unit.code() == null || !unit.code().matches("[\\p{L}\\p{N}._-]{1,50}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Mã đơn vị gồm 1–50 chữ, số hoặc . _ -.");
        }
        if (unit.name() == null || unit.name().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Đơn vị cần có tên.");
        }
        if (unit.name().strip().length() > NAME_LENGTH || unit.issuerNames().stream().anyMatch(n -> n.strip().length() > NAME_LENGTH)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tên đơn vị và mỗi tên cơ quan ban hành dài tối đa "
                    + NAME_LENGTH + " ký tự.");
        }
        return unit;
    }

    /** Creates the unit, or replaces the name and issuer names of the unit with that code; 400 problem for one not {@link #valid}. */
    @Transactional
    public Unit save(Unit unit) {
        valid(unit);
        boolean exists = find(unit.code()).isPresent();
        if (exists) {
            jdbc.sql("UPDATE units SET name = :name WHERE code = :code").param("name", unit.name()).param("code", unit.code()).update();
            jdbc.sql("DELETE FROM unit_issuer_names WHERE unit_code = :code").param("code", unit.code()).update();
        } else {
            jdbc.sql("INSERT INTO units (code, name, created_at) VALUES (:code, :name, :at)").param("code", unit.code())
                    .param("name", unit.name()).param("at", OffsetDateTime.now(ZoneOffset.UTC)).update();
        }
        for (String name : unit.issuerNames().stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList()) {
            jdbc.sql("INSERT INTO unit_issuer_names (unit_code, name, normalised) VALUES (:code, :name, :normalised)")
                    .param("code", unit.code()).param("name", name).param("normalised", IssuerName.normalise(name)).update();
        }
        return find(unit.code()).orElseThrow();
    }

    public List<Unit> all() {
        return assemble(jdbc.sql("SELECT code, name FROM units ORDER BY code").query((rs, n) -> new String[] {
            rs.getString(1), rs.getString(2)}).list());
    }

    public Optional<Unit> find(String code) {
        List<String> names = jdbc.sql("SELECT name FROM unit_issuer_names WHERE unit_code = :code ORDER BY name")
                .param("code", code).query(String.class).list();
        return jdbc.sql("SELECT code, name FROM units WHERE code = :code").param("code", code)
                .query((rs, n) -> new Unit(rs.getString(1), rs.getString(2), names)).optional();
    }

    /**
     * The one unit among {@code candidates} whose registered issuer name is the document's issuer
     * (compared by {@link IssuerName#normalise}); failing that, the one whose name is contained in it.
     * Empty when none or several fit: the reviewer chooses.
     */
    public Optional<String> matchIssuer(String issuer, Collection<Unit> candidates) {
        String wanted = IssuerName.normalise(issuer);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<String> exact = candidates.stream()
                .filter(u -> u.issuerNames().stream().map(IssuerName::normalise).anyMatch(wanted::equals)).map(Unit::code).toList();
        if (!exact.isEmpty()) {
            return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
        }
        List<String> contained = candidates.stream().filter(u -> u.issuerNames().stream().map(IssuerName::normalise)
                .anyMatch(n -> !n.isEmpty() && (" " + wanted + " ").contains(" " + n + " "))).map(Unit::code).toList();
        return contained.size() == 1 ? Optional.of(contained.get(0)) : Optional.empty();
    }

    private List<Unit> assemble(List<String[]> rows) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        jdbc.sql("SELECT unit_code, name FROM unit_issuer_names ORDER BY name").query(rs -> {
            names.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getString(2));
        });
        return rows.stream().map(r -> new Unit(r[0], r[1], names.getOrDefault(r[0], List.of()))).toList();
    }
}
