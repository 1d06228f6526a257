package vn.soat.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.soat.finding.Severity;

/**
 * How the rules are applied here ({@code soat.rules.*}), the same for the command line and the server.
 *
 * @param severity  a severity per rule id replacing the one its cases declare
 *                  ({@code soat.rules.severity.SIG_DIGITAL_MISSING: WARNING}); every case of the id takes it
 * @param disabled  rule ids that do not fire at all ({@code soat.rules.disabled: [RCP_LIST_PUNCTUATION]})
 * @param cacheDir  where rule bases compiled from an edited rules directory are kept, by content hash; empty means
 *                  {@code $XDG_CACHE_HOME/soat/rules}, else {@code ~/.cache/soat/rules}; {@code none} keeps none
 * @param reload    the server recompiles the rules when a file under the rules directory changes
 * @param written   how the settings wrote a rule id of {@code severity} or {@code disabled} when that is not the id
 *                  itself ({@code Sig-Authority} for {@code SIG_AUTHORITY}), so that an error names it as written
 */
public record RuleSettings(Map<String, Severity> severity, Set<String> disabled, String cacheDir, boolean reload,
        Map<String, String> written) {

    public static final RuleSettings DEFAULTS = new RuleSettings(Map.of(), Set.of(), "", true);

    public RuleSettings {
        severity = severity == null ? Map.of() : Map.copyOf(severity);
        disabled = disabled == null ? Set.of() : Set.copyOf(disabled);
        cacheDir = cacheDir == null ? "" : cacheDir.strip();
        written = written == null ? Map.of() : Map.copyOf(written);
    }

    public RuleSettings(Map<String, Severity> severity, Set<String> disabled, String cacheDir, boolean reload) {
        this(severity, disabled, cacheDir, reload, Map.of());
    }

    /** The rule id as the settings wrote it ({@code sig-authority}), or the id. */
    public String asWritten(String id) {
        return written.getOrDefault(id, id);
    }

    /** For tests and callers that have a list: {@code disabled} as given. */
    public static RuleSettings of(Map<String, Severity> severity, List<String> disabled) {
        return new RuleSettings(severity, Set.copyOf(disabled), "", true);
    }

    public Optional<Path> cacheDirectory() {
        if (cacheDir.equals("none")) {
            return Optional.empty();
        }
        if (!cacheDir.isEmpty()) {
            return Optional.of(Path.of(cacheDir));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(base.resolve("soat").resolve("rules"));
    }

    public RuleSettings withCacheDir(String dir) {
        return new RuleSettings(severity, disabled, dir, reload, written);
    }
}
