package vn.soat.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.soat.explain.RuleExplanation;

/** {@code soat rules --explain ID} for a person in a terminal. */
final class ExplanationText {

    private ExplanationText() {
    }

    static void print(RuleExplanation rule, PrintWriter out) {
        out.printf("%s — %s%n", rule.id(), rule.summary());
        out.printf("Nhóm: %s (%s)%n", rule.category().label(), rule.category());
        if (!rule.legalBasis().isBlank()) {
            out.printf("Căn cứ: %s%n", rule.legalBasis());
        }
        out.println();
        out.println("Các trường hợp (mức độ theo cấu hình):");
        for (RuleExplanation.Case c : rule.cases()) {
            out.printf("  · %-8s %s%n", c.severity(), c.name());
            if (!c.appliesTo().isBlank()) {
                out.printf("             áp dụng cho loại văn bản: %s%n", readableTypes(c.appliesTo()));
            }
        }
        if (rule.wrong().isBlank()) {
            out.println();
            out.println("(Chưa có ví dụ trong rules/examples/.)");
            return;
        }
        if (!rule.letter().isBlank()) {
            out.println();
            out.println("Công văn yêu cầu báo cáo (hai ví dụ dưới được kiểm tra theo công văn này):");
            rule.letter().lines().forEach(line -> out.println("  │ " + line));
        }
        out.println();
        out.println("Ví dụ sai:");
        rule.wrong().lines().forEach(line -> out.println("  │ " + line));
        out.println();
        out.println("Ví dụ đúng:");
        rule.right().lines().forEach(line -> out.println("  │ " + line));
    }

    /** {@code REPORT !CV} → {@code báo cáo, trừ CV}. */
    static String readableTypes(String spec) {
        return Arrays.stream(spec.split("[\\s,]+")).map(token -> switch (token) {
            case "REPORT" -> "báo cáo";
            case "ANY" -> "mọi văn bản";
            default -> token.startsWith("!") ? "trừ " + token.substring(1) : token;
        }).collect(Collectors.joining(", "));
    }
}
