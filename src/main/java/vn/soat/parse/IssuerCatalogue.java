package vn.soat.parse;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.soat.model.IssuerKind;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;
import vn.soat.text.VietText;

/**
 * The issuing bodies of {@code rules/issuers.yaml}: how to recognise each, its head's and deputies' titles and
 * the legal text behind them; the names of bodies soát does not judge; the titles unit heads sign with.
 */
public record IssuerCatalogue(List<Body> bodies, List<String> unjudged, List<String> titles) {

    public static final String FILE = "issuers.yaml";

    public IssuerCatalogue {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
        unjudged = unjudged == null ? List.of() : List.copyOf(unjudged);
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    public record Body(String name, IssuerKind kind, List<String> match, List<String> symbols, String symbolPrefix,
            String collective, String head,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> deputy, String source) {

        public Body {
            collective = collective == null ? "" : collective;
            match = match == null ? List.of() : match;
            symbols = symbols == null ? List.of() : symbols;
            symbolPrefix = symbolPrefix == null ? "" : symbolPrefix;
            deputy = deputy == null ? List.of() : deputy;
        }

        /** The first deputy title, for messages. */
        public String firstDeputy() {
            return deputy.isEmpty() ? "" : deputy.get(0);
        }

        public boolean isDeputy(String title) {
            return deputy.stream().anyMatch(d -> title.equals(d) || title.startsWith(d + " "));
        }
    }

    public static IssuerCatalogue load(RuleFiles files) {
        IssuerCatalogue catalogue = DataFile.read(files, FILE, IssuerCatalogue.class);
        for (Body body : catalogue.bodies()) {
            if (body.name() == null || body.kind() == null || body.head() == null || body.deputy().isEmpty()
                    || body.match().isEmpty() || body.source() == null || body.source().isBlank()) {
                throw new RuleLoadException(DataFile.where(files, FILE) + ": cơ quan \"" + body.name()
                        + "\" cần đủ name, kind, match, head, deputy, source");
            }
        }
        return catalogue;
    }

    /** What one header line names: a listed body, a body soát does not judge, or neither. */
    record Naming(Optional<Body> body, boolean inPerson, boolean names) {

        static final Naming NONE = new Naming(Optional.empty(), false, false);
    }

    /**
     * The body a line's name starts with: the longest whole-word match over the bodies and the unjudged names,
     * so that "Văn phòng Chính phủ" is not a "Văn phòng" and "Hội đồng nhân dân" not an unjudged "Hội đồng".
     */
    Naming naming(String line) {
        String folded = words(line);
        Optional<Body> body = bodies.stream()
                .flatMap(b -> b.match().stream().filter(m -> startsWithWords(folded, m)).map(m -> new Hit(b, m)))
                .max(Comparator.comparingInt(h -> h.match().length())).map(Hit::body);
        int bodyLength = body.map(b -> longestMatch(b, folded)).orElse(-1);
        int unjudgedLength = unjudged.stream().filter(u -> startsWithWords(folded, u)).mapToInt(String::length)
                .max().orElse(-1);
        if (body.isPresent() && bodyLength >= unjudgedLength) {
            return new Naming(body, false, true);
        }
        if (unjudgedLength >= 0) {
            return new Naming(Optional.empty(), false, true);
        }
        // "CHỦ TỊCH ỦY BAN NHÂN DÂN …": the head of a collective issuing in person, not the collective.
        for (Body collective : bodies.stream().filter(b -> b.kind() == IssuerKind.COLLECTIVE).toList()) {
            String head = nameWords(collective.head());
            if (folded.startsWith(head + " ")) {
                Naming rest = naming(folded.substring(head.length() + 1));
                if (rest.body().filter(collective::equals).isPresent()) {
                    return new Naming(rest.body(), true, true);
                }
            }
        }
        return Naming.NONE;
    }

    private record Hit(Body body, String match) {
    }

    private static int longestMatch(Body body, String folded) {
        return body.match().stream().filter(m -> startsWithWords(folded, m)).mapToInt(String::length).max().orElse(-1);
    }

    private static String words(String text) {
        return SPACES.matcher(NOT_NAME_CHARACTER.matcher(VietText.fold(text)).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** The catalogue's own names as words, worked out once: every header line is compared with all of them. */
    private static final java.util.regex.Pattern NOT_NAME_CHARACTER = java.util.regex.Pattern.compile("[^a-z0-9& ]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.Map<String, String> NAME_WORDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_NAMES = 10_000;

    private static String nameWords(String name) {
        if (NAME_WORDS.size() > MAX_NAMES) {
            NAME_WORDS.clear();
        }
        return NAME_WORDS.computeIfAbsent(name, IssuerCatalogue::words);
    }

    private static boolean startsWithWords(String folded, String prefix) {
        String p = nameWords(prefix);
        return !p.isEmpty() && (folded.equals(p) || folded.startsWith(p + " "));
    }

    /**
     * The issuer the header's top-left lines name: the lowest line that starts a body's name, with the lines
     * under it that continue that name ({@code ỦY BAN NHÂN DÂN} / {@code TỈNH LÂM ĐỒNG}); lines above it are its
     * parent bodies or marks ({@code UBND TỈNH LÂM ĐỒNG} / {@code SỞ NGOẠI VỤ}). A line naming a body soát does
     * not list makes the issuer unknown rather than its parent's.
     */
    public Identified identify(List<String> lines) {
        Naming current = Naming.NONE;
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            Naming naming = naming(lines.get(i));
            if (naming.names()) {
                current = naming;
                from = i;
            }
        }
        if (from < 0) {
            return new Identified(String.join(" ", lines), IssuerKind.UNKNOWN, Optional.empty(), false);
        }
        String name = String.join(" ", lines.subList(from, lines.size())).replaceAll("\\s+", " ").strip();
        IssuerKind kind = current.inPerson() ? IssuerKind.CHAIRMAN_IN_PERSON
                : current.body().map(Body::kind).orElse(IssuerKind.UNKNOWN);
        return new Identified(name, kind, current.body(), true);
    }

    /**
     * @param named the header names an issuing body, listed or not; when it names one soát does not list,
     *              {@code body} is empty and nothing may be guessed from elsewhere
     */
    public record Identified(String name, IssuerKind kind, Optional<Body> body, boolean named) {
    }

    /** The body whose name starts the given text (e.g. the last issuer line of the header). */
    public Optional<Body> byName(String name) {
        return naming(name).body();
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

    /** Some body's head signs with this title ({@code KT. BỘ TRƯỞNG, CHỦ NHIỆM} names a head soát knows). */
    public boolean isHeadTitle(String title) {
        return bodies.stream().anyMatch(b -> b.head().equals(title));
    }

    /** {@code deputy} is a deputy of the head titled {@code head} in some listed body. */
    public boolean isDeputyOf(String head, String deputy) {
        return bodies.stream().anyMatch(b -> b.head().equals(head) && b.isDeputy(deputy));
    }

    /** Every signing title the catalogue names: heads, deputies, unit heads. */
    Stream<String> allTitles() {
        return Stream.concat(bodies.stream().flatMap(b -> Stream.concat(Stream.of(b.head()), b.deputy().stream())),
                titles.stream());
    }
}
