package vn.soat.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.soat.history.CheckHistory;
import vn.soat.history.StoredCheck;
import vn.soat.profile.UnknownProfileException;
import vn.soat.request.ReportRequest;
import vn.soat.request.UnreadableLetterException;

/** The page for people: upload one or several files, read the result of each. Works without JavaScript. */
@Controller
class PagesController {

    private final CheckService service;

    PagesController(CheckService service) {
        this.service = service;
    }

    @GetMapping("/")
    String index(Model model) {
        model.addAttribute("profiles", service.profiles());
        return "index";
    }

    @PostMapping("/checks")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "profile", required = false) String profile,
            @RequestParam(name = "request", required = false) MultipartFile letter,
            @RequestParam(name = "deadline", required = false) String deadline, Model model) throws IOException {
        List<ResultView.Summary> done = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        ReportRequest request = ReportRequest.NONE;
        try {
            request = service.request(ChecksApi.letterOf(letter), Optional.ofNullable(deadline));
        } catch (UnreadableLetterException e) {
            refused.add("Không đọc được công văn yêu cầu: " + e.getMessage());
            files = List.of();
        } catch (java.time.format.DateTimeParseException e) {
            refused.add("Hạn gửi không hợp lệ: " + e.getParsedString());
            files = List.of();
        }
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                StoredCheck stored = service.submit(file.getOriginalFilename(), file.getBytes(), Optional.ofNullable(profile), request);
                done.add(ResultView.summaryOf(stored));
            } catch (UnsupportedContentException | UnknownProfileException e) {
                refused.add(e.getMessage());
            }
        }
        if (done.size() == 1 && refused.isEmpty()) {
            return "redirect:/checks/" + done.get(0).id();
        }
        if (done.isEmpty() && refused.isEmpty()) {
            refused.add("Chưa chọn tệp nào. Hãy chọn hoặc kéo thả một hay nhiều tệp PDF, DOCX, DOC, TXT.");
        }
        model.addAttribute("done", done);
        model.addAttribute("refused", refused);
        model.addAttribute("profiles", service.profiles());
        return "batch";
    }

    @GetMapping("/checks/{id}")
    String result(@PathVariable("id") String id, Model model) {
        StoredCheck stored = service.find(id).orElseThrow(() -> new CheckNotFoundException(id));
        model.addAttribute("view", ResultView.of(stored, CheckHistory.result(stored), service.profiles(),
                service.pipeline().rules()::reportsAbsentHeader));
        return "result";
    }
}
