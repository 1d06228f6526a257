package vn.soat.desk.pages;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.soat.desk.decision.Dossier;
import vn.soat.desk.decision.Dossiers;
import vn.soat.desk.decision.Reviewed;
import vn.soat.desk.intake.ReceivedFiles;
import vn.soat.desk.round.Period;
import vn.soat.desk.round.Rounds;

/** A received file's page: its findings, waivers, the decision form with the drafted comment, the audit trail. */
@Controller
class SubmissionPages {

    private final Dossiers dossiers;
    private final Rounds rounds;
    private final ReceivedFiles files;

    SubmissionPages(Dossiers dossiers, Rounds rounds, ReceivedFiles files) {
        this.dossiers = dossiers;
        this.rounds = rounds;
        this.files = files;
    }

    @GetMapping("/desk/submissions/{id}")
    String submission(@PathVariable("id") String id, Model model) {
        Dossier dossier = dossiers.of(id);
        Period period = rounds.find(dossier.submission().periodId());
        model.addAttribute("d", dossier);
        model.addAttribute("period", period);
        model.addAttribute("units", rounds.expectedUnits(period));
        model.addAttribute("unitName", dossier.submission().unitCode().isEmpty() ? ""
                : rounds.units().find(dossier.submission().unitCode()).map(u -> u.name()).orElse(""));
        model.addAttribute("review", Reviewed.of(dossier, dossiers));
        return "desk/submission";
    }

    /** The drafted (or last decided) comment alone, laid out for printing. */
    @GetMapping("/desk/submissions/{id}/comment")
    String comment(@PathVariable("id") String id, Model model) {
        Dossier dossier = dossiers.of(id);
        model.addAttribute("d", dossier);
        model.addAttribute("period", rounds.find(dossier.submission().periodId()));
        model.addAttribute("review", Reviewed.of(dossier, dossiers));
        return "desk/comment";
    }

    @PostMapping("/desk/submissions/{id}/decision")
    String decide(@PathVariable("id") String id, @RequestParam("decision") String decision,
            @RequestParam(name = "comment", defaultValue = "") String comment, Principal who, RedirectAttributes flash) {
        try {
            dossiers.decide(id, decision, comment, who.getName());
            flash.addFlashAttribute("message", "Đã ghi quyết định.");
        } catch (ResponseStatusException e) {
            flash.addFlashAttribute("error", e.getReason());
        }
        return "redirect:/desk/submissions/" + id;
    }

    @PostMapping("/desk/submissions/{id}/waivers")
    String waive(@PathVariable("id") String id, @RequestParam("ruleId") String ruleId,
            @RequestParam(name = "excerpt", defaultValue = "") String excerpt, @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal who, RedirectAttributes flash) {
        try {
            dossiers.waive(id, ruleId, excerpt, reason, who.getName());
            flash.addFlashAttribute("message", "Đã ghi: phát hiện " + ruleId + " được bỏ qua ở tệp này và các tệp sau của đơn vị.");
        } catch (ResponseStatusException e) {
            flash.addFlashAttribute("error", e.getReason());
        }
        return "redirect:/desk/submissions/" + id;
    }

    @PostMapping("/desk/submissions/{id}/waivers/{waiverId}/withdraw")
    String withdraw(@PathVariable("id") String id, @PathVariable("waiverId") String waiverId, Principal who,
            RedirectAttributes flash) {
        try {
            dossiers.withdraw(id, waiverId, who.getName());
            flash.addFlashAttribute("message", "Đã thu hồi miễn trừ: phát hiện lại được tính ở tệp này và các tệp sau của đơn vị.");
        } catch (ResponseStatusException e) {
            flash.addFlashAttribute("error", e.getReason());
        }
        return "redirect:/desk/submissions/" + id;
    }

    @PostMapping("/desk/submissions/{id}/unit")
    String assign(@PathVariable("id") String id, @RequestParam("unit") String unit, RedirectAttributes flash) {
        Dossier dossier = dossiers.of(id);
        if (rounds.find(dossier.submission().periodId()).units().contains(unit)) {
            files.assign(id, unit);
        } else {
            flash.addFlashAttribute("error", "Đơn vị \"" + unit + "\" không có trong đợt báo cáo này.");
        }
        return "redirect:/desk/rounds/" + dossier.submission().periodId();
    }
}
