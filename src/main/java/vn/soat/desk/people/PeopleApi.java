package vn.soat.desk.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Users (admin only) and the unit registry (admin writes, reviewers read), contract "The reviewer's desk". */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "bàn tiếp nhận", description = "Người dùng, đơn vị, đợt báo cáo, hồ sơ nhận")
class PeopleApi {

    private final Accounts accounts;
    private final Units units;

    PeopleApi(Accounts accounts, Units units) {
        this.accounts = accounts;
        this.units = units;
    }

    record NewUser(String username, String password, String role) {
    }

    @Operation(summary = "Tạo tài khoản cán bộ (quản trị)")
    @PostMapping(path = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Account> createUser(@RequestBody NewUser user) {
        Account created = accounts.create(user.username(), user.password(), user.role());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
    }

    @Operation(summary = "Danh sách tài khoản (quản trị)")
    @GetMapping("/users")
    List<Account> users() {
        return accounts.all();
    }

    @Operation(summary = "Thêm hoặc sửa một đơn vị báo cáo (quản trị)")
    @PostMapping(path = "/units", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Unit> saveUnit(@RequestBody Unit unit) {
        return ResponseEntity.created(URI.create("/api/v1/units/" + valid(unit).code())).body(units.save(unit));
    }

    @Operation(summary = "Danh mục đơn vị báo cáo")
    @GetMapping("/units")
    List<Unit> units() {
        return units.all();
    }

    /** A unit needs a code of letters, digits, '-', '_' or '.', and a name ({@link Units#valid}). */
    static Unit valid(Unit unit) {
        return Units.valid(unit);
    }
}
