package vn.soat.parse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import vn.soat.model.IssuerKind;
import vn.soat.rules.RuleFiles;
import vn.soat.rules.RuleLoadException;

/** The issuing bodies of {@code rules/issuers.yaml}: how to recognise each, and its head's and deputy's titles. */
public record IssuerCatalogue(List<Body> bodies) {

    public static final String FILE = "issuers.yaml";

    public record Body(String name, IssuerKind kind, List<String> match, List<String> symbols, String symbolPrefix,
            String collective, String head, String deputy) {

        public Body {
            collective = collective == null ? "" : collective;
            match = match == null ? List.of() : match;
            symbols = symbols == null ? List.of() : symbols;
            symbolPrefix = symbolPrefix == null ? "" : symbolPrefix;
        }
    }

    public static IssuerCatalogue load(RuleFiles files) {
        RuleFiles.RuleFile file = files.list(FILE).stream().filter(f -> f.path().equals(FILE)).findFirst()
                .orElseThrow(() -> new RuleLoadException("Thiếu tệp " + files.describe() + "/" + FILE));
        try {
            IssuerCatalogue catalogue = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(file.content(), IssuerCatalogue.class);
            for (Body body : catalogue.bodies()) {
                if (body.name() == null || body.kind() == null || body.head() == null || body.deputy() == null
                        || body.match().isEmpty()) {
                    throw new RuleLoadException(files.describe() + "/" + FILE + ": cơ quan \"" + body.name()
                            + "\" cần đủ name, kind, match, head, deputy");
                }
            }
            return catalogue;
        } catch (IOException e) {
            throw new RuleLoadException(files.describe() + "/" + FILE + ": " + e.getMessage(), e);
        }
    }

    /** The body whose name starts the given text (e.g. the last issuer line of the header). */
    public Optional<Body> byName(String name) {
        String folded = VietText.fold(name) + " ";
        return bodies.stream().filter(b -> b.match().stream().anyMatch(folded::startsWith)).findFirst();
    }

    /** The body of a symbol's issuer code ({@code UBND}, {@code SNgV}). */
    public Optional<Body> bySymbolCode(String code) {
        String folded = VietText.fold(code);
        Optional<Body> exact = bodies.stream()
                .filter(b -> b.symbols().stream().anyMatch(s -> VietText.fold(s).equals(folded))).findFirst();
        if (exact.isPresent() || code.length() < 2) {
            return exact;
        }
        return bodies.stream()
                .filter(b -> !b.symbolPrefix().isEmpty() && code.startsWith(b.symbolPrefix())
                        && Character.isUpperCase(code.charAt(b.symbolPrefix().length())))
                .findFirst();
    }

    /** The body whose head's or deputy's title this is. */
    public Optional<Body> byTitle(String title) {
        return bodies.stream().filter(b -> b.head().equals(title) || b.deputy().equals(title)).findFirst();
    }
}
