package vn.soat.desk.pages;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.soat.desk.board.Board;
import vn.soat.desk.intake.Intake;
import vn.soat.desk.intake.ReceivedFile;
import vn.soat.desk.intake.ReceivedFiles;
import vn.soat.desk.round.Period;
import vn.soat.desk.round.Rounds;
import vn.soat.ingest.Submission;

/** The reviewer's pages of rounds: the list, opening one, a round with its batch drop and its board. */
@Controller
class RoundPages {

    private final Rounds rounds;
    private final Intake intake;
    private final ReceivedFiles files;
    private final Board board;

    RoundPages(Rounds rounds, Intake intake, ReceivedFiles files, Board board) {
        this.rounds = rounds;
        this.intake = intake;
        this.files = files;
        this.board = board;
    }

    @GetMapping("/desk")
    String list(Model model) {
        model.addAttribute("periods", rounds.periods().all());
        return "desk/rounds";
    }

    @GetMapping("/desk/rounds/new")
    String form(Model model) {
        model.addAttribute("profiles", rounds.profiles());
        model.addAttribute("units", rounds.units().all());
        return "desk/round-new";
    }

    @PostMapping("/desk/rounds")
    String open(@RequestParam("title") String title, @RequestParam("profile") String profile,
            @RequestParam("deadline") String deadline, @RequestParam(name = "requestLetter", defaultValue = "") String letter,
            @RequestParam(name = "letterFile", required = false) MultipartFile letterFile,
            @RequestParam(name = "units", required = false) List<String> units, Principal who, Model model) throws IOException {
        try {
            Submission uploaded = letterFile == null || letterFile.isEmpty() ? new Submission("", new byte[0])
                    : new Submission(letterFile.getOriginalFilename() == null ? "van-ban-yeu-cau" : letterFile.getOriginalFilename(),
                            letterFile.getBytes());
            Period period = rounds.open(title, profile, LocalDate.parse(deadline), letter, units, who.getName(), uploaded);
            return "redirect:/desk/rounds/" + period.id();
        } catch (ResponseStatusException | DateTimeParseException e) {
            model.addAttribute("error", e instanceof ResponseStatusException r ? r.getReason() : "Hạn nộp không đúng dạng ngày.");
            model.addAttribute("title", title);
            model.addAttribute("requestLetter", letter);
            return form(model);
        }
    }

    @GetMapping("/desk/rounds/{id}")
    String round(@PathVariable("id") String id, @RequestParam(name = "filter", defaultValue = "all") String filter,
            @RequestParam(name = "sort", defaultValue = "unit") String sort, Model model) {
        Period period = rounds.find(id);
        model.addAttribute("period", period);
        model.addAttribute("profileName", rounds.profiles().stream().filter(p -> p.id().equals(period.profile()))
                .map(p -> p.name()).findFirst().orElse(period.profile()));
        model.addAttribute("units", rounds.expectedUnits(period));
        model.addAttribute("rows", board.rows(period, filter, sort));
        model.addAttribute("unassigned", board.unassigned(period));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        List.of("all:Tất cả", "missing:Chưa gửi", "late:Trễ hạn", "undecided:Chưa quyết định", "accepted:Đã chấp nhận",
                "returned:Đã trả lại").forEach(f -> filters.put(f.substring(0, f.indexOf(':')), f.substring(f.indexOf(':') + 1)));
        model.addAttribute("filters", filters);
        model.addAttribute("progress", progress(id));
        model.addAttribute("letter", rounds.letter(period).orElse(null));
        return "desk/round";
    }

    @GetMapping("/desk/rounds/{id}/totals")
    String totals(@PathVariable("id") String id, Model model) {
        Period period = rounds.find(id);
        model.addAttribute("period", period);
        model.addAttribute("totals", board.totals(period));
        return "desk/totals";
    }

    @PostMapping("/desk/rounds/{id}/files")
    String receive(@PathVariable("id") String id, @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
            @RequestParam(name = "unit", defaultValue = "") String unit, Principal who, RedirectAttributes flash) throws IOException {
        Period period = rounds.find(id);
        List<Intake.Upload> batch = new ArrayList<>();
        for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
            String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename();
            // an empty input sends a part with no name and no byte; a unit's 0-byte file has a name and is received,
            // to be reported empty (DOC_NO_TEXT), as over the API
            if (!upload.isEmpty() || !name.isBlank()) {
                batch.add(new Intake.Upload(name, upload.getBytes()));
            }
        }
        if (batch.isEmpty()) {
            flash.addFlashAttribute("error", "Chưa chọn tệp nào. Hãy chọn hoặc kéo thả một hay nhiều tệp PDF, DOCX, DOC, TXT.");
            return "redirect:/desk/rounds/" + id;
        }
        try {
            Intake.Received received = intake.receive(period, batch, unit, who.getName());
            flash.addFlashAttribute("message", "Đã nhận " + received.received().size() + " tệp; soát đang kiểm tra.");
            flash.addFlashAttribute("refused", received.refused());
        } catch (ResponseStatusException e) {
            flash.addFlashAttribute("error", e.getReason());
        }
        return "redirect:/desk/rounds/" + id;
    }

    /** How far the round's checks are: {@code {"total": n, "waiting": m}}; polled by the round page's progress bar. */
    @GetMapping("/desk/rounds/{id}/progress")
    @ResponseBody
    ResponseEntity<Map<String, Long>> progressJson(@PathVariable("id") String id) {
        return ResponseEntity.ok(progress(rounds.find(id).id()));
    }

    private Map<String, Long> progress(String id) {
        List<ReceivedFile> all = files.ofPeriod(id);
        return Map.of("total", (long) all.size(), "waiting", all.stream().filter(f -> ReceivedFile.WAITING.equals(f.status())).count());
    }
}
