package vn.soat.desk.pages;

import java.io.IOException;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.soat.desk.round.Period;
import vn.soat.desk.round.Rounds;
import vn.soat.history.StoredCheck;
import vn.soat.request.ReportRequest;
import vn.soat.web.CheckService;
import vn.soat.web.UnsupportedContentException;

/**
 * A round's public self-check link: a unit checks its draft with the round's outline and deadline before sending
 * it, anonymously. The result is an ordinary anonymous check (reachable only by its random id); the
 * round sees nothing of it.
 */
@Controller
class SelfCheckPages {

    private final Rounds rounds;
    private final CheckService checks;

    SelfCheckPages(Rounds rounds, CheckService checks) {
        this.rounds = rounds;
        this.checks = checks;
    }

    @GetMapping("/self-check/{id}")
    String page(@PathVariable("id") String id, Model model) {
        Period period = rounds.find(id);
        model.addAttribute("period", period);
        model.addAttribute("profileName", rounds.profiles().stream().filter(p -> p.id().equals(period.profile()))
                .map(p -> p.name()).findFirst().orElse(period.profile()));
        return "self-check";
    }

    @PostMapping("/self-check/{id}")
    String check(@PathVariable("id") String id, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        Period period = rounds.find(id);
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "Hãy chọn tệp báo cáo cần kiểm tra.");
            return page(id, model);
        }
        try {
            StoredCheck stored = checks.submit(file.getOriginalFilename(), file.getBytes(), Optional.of(period.profile()),
                    ReportRequest.NONE.withDeadline(period.deadline()));
            return "redirect:/checks/" + stored.id();
        } catch (UnsupportedContentException e) {
            model.addAttribute("error", e.getMessage());
            return page(id, model);
        }
    }
}
