package vn.soat.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.soat.check.CheckPipeline;
import vn.soat.explain.RuleExamples;
import vn.soat.explain.RuleExplanation;

/**
 * {@code /rules}: the rule catalogue for people, each rule with its cases, severity as configured, legal basis and
 * a wrong and a right example (rules/examples/). Read-only; {@code notices} is where a warning about the rules in
 * force (a file that failed to reload, say) goes above the list.
 */
@Controller
class RulesPageController {

    private final CheckPipeline pipeline;

    RulesPageController(CheckPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** What the page shows: notices above, then every rule id. */
    record RulesPage(List<String> notices, List<RuleExplanation> rules) {
    }

    @GetMapping("/rules")
    String rules(Model model) {
        List<RuleExplanation> rules = RuleExplanation.all(pipeline.rules(), RuleExamples.load(pipeline.loaded().files()), pipeline.loaded().settings());
        List<String> notices = pipeline.loaded().reloadError()
                .map(error -> "Không nạp lại được quy tắc đã sửa; vẫn dùng bộ quy tắc trước. Lỗi: " + error).stream().toList();
        model.addAttribute("page", new RulesPage(notices, rules));
        return "rules";
    }
}
