package vn.soat.desk.pages;

import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.soat.desk.people.Accounts;
import vn.soat.desk.people.Unit;
import vn.soat.desk.people.Units;

/** The admin's pages: reviewers and admins, and the registry of units with their issuer names. */
@Controller
class AdminPages {

    private final Accounts accounts;
    private final Units units;

    AdminPages(Accounts accounts, Units units) {
        this.accounts = accounts;
        this.units = units;
    }

    @GetMapping("/desk/admin")
    String admin(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("units", units.all());
        return "desk/admin";
    }

    @PostMapping("/desk/admin/users")
    String createUser(@RequestParam("username") String username, @RequestParam("password") String password,
            @RequestParam("role") String role, RedirectAttributes flash) {
        try {
            accounts.create(username, password, role);
            flash.addFlashAttribute("message", "Đã tạo tài khoản " + username.strip() + ".");
        } catch (ResponseStatusException e) {
            flash.addFlashAttribute("error", e.getReason());
        }
        return "redirect:/desk/admin";
    }

    /** One issuer name a line in {@code issuerNames}. */
    @PostMapping("/desk/admin/units")
    String saveUnit(@RequestParam("code") String code, @RequestParam("name") String name,
            @RequestParam(name = "issuerNames", defaultValue = "") String issuerNames, RedirectAttributes flash) {
        Unit unit = new Unit(code.strip(), name.strip(), Arrays.stream(issuerNames.split("\\R")).map(String::strip)
                .filter(n -> !n.isEmpty()).toList());
        if (unit.code().isEmpty() || unit.name().isEmpty()) {
            flash.addFlashAttribute("error", "Đơn vị cần có mã và tên.");
        } else {
            try {
                units.save(unit);
                flash.addFlashAttribute("message", "Đã lưu đơn vị " + unit.name() + ".");
            } catch (ResponseStatusException e) {
                flash.addFlashAttribute("error", e.getReason());
            }
        }
        return "redirect:/desk/admin";
    }
}
