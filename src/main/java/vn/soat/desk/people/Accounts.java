package vn.soat.desk.people;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.web.server.ResponseStatusException;

/** The {@code users} table: BCrypt hashes only, never a password. Spring Security reads the same rows. */
@Repository
public class Accounts {

    private static final int MIN_PASSWORD = 8;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public Accounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /**
     * Creates a user. Bad input is a 400 problem (blank name, password under 8 characters, unknown
     * role); an existing name is a 409 problem.
     */
    public Account create(String username, String password, String role) {
        if (username == null || !username.strip().matches("[\\p{L}\\p{N}._@-]{1,100}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tên đăng nhập gồm 1–100 chữ, số hoặc . _ @ -.");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Mật khẩu cần ít nhất " + MIN_PASSWORD + " ký tự.");
        }
        if (!Account.ADMIN.equals(role) && !Account.REVIEWER.equals(role)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Vai trò là ADMIN hoặc REVIEWER.");
        }
        String name = username.strip();
        if (jdbc.sql("SELECT COUNT(*) FROM users WHERE username = :u").param("u", name).query(Long.class).single() > 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Đã có tài khoản \"" + name + "\".");
        }
        jdbc.sql("INSERT INTO users (username, password_hash, role, enabled, created_at) VALUES (:u, :h, :r, TRUE, :at)")
                .param("u", name).param("h", encoder.encode(password)).param("r", role)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).update();
        return new Account(name, role, true);
    }

    public List<Account> all() {
        return jdbc.sql("SELECT username, role, enabled FROM users ORDER BY username")
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    public boolean anyAdmin() {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE role = 'ADMIN'").query(Long.class).single() > 0;
    }
}
