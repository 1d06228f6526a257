package vn.soat.finding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;
import vn.soat.model.Located;
import vn.soat.model.Location;

/**
 * One thing a reviewer would point out. Built inside a rule's consequence from the rule's own
 * metadata ({@code @id}, {@code @category}, {@code @severity}, {@code @ref}, {@code @message},
 * {@code @messageEn}, {@code @suggestion}); {@code {0}}, {@code {1}}… in the messages are
 * replaced by the arguments, which the rule takes from the facts it compared. {@code case} is the
 * name of the rule that fired, so that the cases of one id can be told apart; {@code source} says
 * whether the text came from the file or from OCR.
 */
public record Finding(
        String ruleId,
        Category category,
        Severity severity,
        String message,
        String messageEn,
        String legalBasis,
        Location location,
        String excerpt,
        String suggestion,
        @JsonProperty("case") String caseName,
        TextSource source) {

    static final int MAX_EXCERPT = 300;

    /**
     * As {@link #of(RuleContext, Located, Object...)} for the precompiled rules: in Drools' executable model
     * {@code drools} in a consequence is a {@link Drools}, which carries the same rule context.
     */
    public static Finding of(Drools drools, Located fact, Object... args) {
        return of((RuleContext) drools, fact, args);
    }

    public static Finding of(RuleContext drools, Located fact, Object... args) {
        Map<String, Object> meta = drools.getRule().getMetaData();
        return new Finding(
                text(meta, "id"),
                Category.valueOf(text(meta, "category")),
                Severity.valueOf(text(meta, "severity")),
                fill(text(meta, "message"), args),
                fill(text(meta, "messageEn"), args),
                text(meta, "ref"),
                fact.location(),
                excerpt(fact.excerpt()),
                fill(text(meta, "suggestion"), args),
                drools.getRule().getName(),
                TextSource.TEXT);
    }

    /**
     * The same finding about text that OCR recognised: a reviewer cannot tell a defect of the document
     * from a misread glyph without looking at the scan, so what would be an ERROR is a WARNING that says so.
     */
    public Finding readByOcr() {
        if (severity != Severity.ERROR || category == Category.DOCUMENT) {
            return from(TextSource.OCR);
        }
        return new Finding(ruleId, category, Severity.WARNING,
                message + " (Văn bản đọc bằng nhận dạng chữ — OCR: cần đối chiếu bản quét.)",
                messageEn + " (Text read by OCR: compare with the scan.)", legalBasis, location, excerpt, suggestion,
                caseName, TextSource.OCR);
    }

    /** The same finding at another severity: the one configured for its rule id ({@code soat.rules.severity}). */
    public Finding withSeverity(Severity configured) {
        return configured == severity ? this : new Finding(ruleId, category, configured, message, messageEn, legalBasis,
                location, excerpt, suggestion, caseName, source);
    }

    /** The same finding, said to come from text of the given source. */
    public Finding from(TextSource newSource) {
        return newSource == source ? this : new Finding(ruleId, category, severity, message, messageEn, legalBasis,
                location, excerpt, suggestion, caseName, newSource);
    }

    static String fill(String template, Object... args) {
        String result = template;
        for (int i = 0; i < args.length; i++) {
            result = result.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return result;
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? "" : value.toString();
    }

    private static String excerpt(String text) {
        String flat = text == null ? "" : text.strip();
        return flat.length() <= MAX_EXCERPT ? flat : flat.substring(0, MAX_EXCERPT - 1) + "…";
    }
}
