package vn.soat.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import vn.soat.extract.ocr.OcrSettings;
import vn.soat.finding.Severity;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rules.RuleSettings;

/**
 * soát's own settings, {@code soat.*}, resolved in one place for the command line and the server. Both read the
 * same sources in the same order (Spring Boot's): {@code --soat.x=y} arguments, then {@code -Dsoat.x=y}, then
 * environment variables ({@code SOAT_X_Y}), then {@code application.yml} (the files named by
 * {@code spring.config.additional-location}, {@code ./config/}, {@code ./}, then the one in the jar). The server
 * binds them from its Environment ({@link #from(Environment)}), the command line from {@link SettingsSources}.
 *
 * @param rulesDir      the rules directory; empty means {@code ./rules} when present, else the packaged rules
 * @param maxUploadSize the largest file the server accepts (also its multipart limit)
 * @param ocr           how scanned pages are read ({@code soat.ocr.*})
 * @param rules         rule switches, severities, cache and reloading ({@code soat.rules.*})
 */
public record SoatSettings(String rulesDir, DataSize maxUploadSize, OcrSettings ocr, RuleSettings rules) {

    public static final DataSize DEFAULT_UPLOAD = DataSize.ofMegabytes(20);

    /** The settings of a Spring environment (the server's, or one built by {@link SettingsSources}). */
    public static SoatSettings from(Environment environment) {
        return from(Binder.get(environment));
    }

    /** As bound from {@code binder}; {@link IllegalArgumentException} naming the key of a value that cannot be read. */
    static SoatSettings from(Binder binder) {
        try {
            return bind(binder);
        } catch (BindException e) {
            Object value = e.getProperty() == null ? "" : e.getProperty().getValue();
            String key = e.getProperty() == null ? e.getName().toString() : WrittenKey.of(e.getProperty());
            throw new IllegalArgumentException(key + ": giá trị \"" + value + "\" không hợp lệ", e);
        }
    }

    private static SoatSettings bind(Binder binder) {
        WrittenKey.Recorder severityKeys = new WrittenKey.Recorder("severity");
        Map<String, Severity> severity = binder.bind("soat.rules.severity", Bindable.mapOf(String.class, Severity.class), severityKeys)
                .orElse(Map.of()).entrySet().stream()
                .collect(Collectors.toMap(e -> ruleId(e.getKey()), Map.Entry::getValue));
        List<String> disabledAsWritten = binder.bind("soat.rules.disabled", Bindable.listOf(String.class)).orElse(List.of());
        Set<String> disabled = disabledAsWritten.stream().map(SoatSettings::ruleId).collect(Collectors.toSet());
        Map<String, String> written = new java.util.HashMap<>();
        severityKeys.ruleNames().forEach(name -> written.put(ruleId(name), name));
        disabledAsWritten.forEach(name -> written.put(ruleId(name), name.strip()));
        written.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        RuleSettings rules = new RuleSettings(severity, disabled,
                binder.bind("soat.rules.cache-dir", String.class).orElse(""),
                binder.bind("soat.rules.reload", Boolean.class).orElse(true), written);
        OcrSettings ocr = OcrSettings.from(key -> binder.bind(key, String.class).orElse(null));
        return new SoatSettings(binder.bind("soat.rules-dir", String.class).orElse("").strip(),
                binder.bind("soat.max-upload-size", DataSize.class).orElse(DEFAULT_UPLOAD), ocr, rules);
    }

    /**
     * A rule id however a source spelt it: {@code sig-digital-missing} (a relaxed key) or {@code sig.digital.missing}
     * (from {@code SOAT_RULES_SEVERITY_SIG_DIGITAL_MISSING}, whose underscores Spring reads as dots) is
     * {@code SIG_DIGITAL_MISSING}.
     */
    private static String ruleId(String key) {
        return key.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }

    /** The same settings with another rules directory ({@code soat --rules DIR}). */
    public SoatSettings withRulesDir(Path directory) {
        return new SoatSettings(directory.toString(), maxUploadSize, ocr, rules);
    }

    /** The rules directory these settings name: {@code soat.rules-dir}, else {@code ./rules} or the packaged copy. */
    public RuleFiles ruleFiles() {
        return rulesDir.isBlank() ? RuleFiles.defaults() : RuleFiles.in(Path.of(rulesDir));
    }
}
