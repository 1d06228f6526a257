package vn.soat.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import vn.soat.model.AuthorityMarker;
import vn.soat.model.IssuerKind;
import vn.soat.model.SignatureBlock;

/** What the authority lines mean for the issuer (NĐ 30/2020 Điều 13; PL-I Mục II.7), as SignatureBlock facts. */
final class SignatureAuthority {

    private SignatureAuthority() {
    }

    static SignatureBlock block(List<Unit> units, SignatureReader.Issuer issuer, IssuerCatalogue catalogue,
            String signer, String academic) {
        List<String> lines = new ArrayList<>();
        List<Unit> lineUnits = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            String line = TitleRegistry.normalise(unit.text());
            if (i < units.size() - 1 && continuesDoubleTitle(lines, line)) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ", " + line);
            } else {
                lines.add(line);
                lineUnits.add(unit);
            }
        }
        List<String> prefixes = new ArrayList<>();
        List<String> rests = new ArrayList<>();
        List<AuthorityMarker> markers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = TitleRegistry.MARKER.matcher(line);
            boolean marked = m.matches();
            prefixes.add(marked ? m.group(1) : "");
            rests.add(marked ? TitleRegistry.normalise(m.group(4)) : line);
            if (marked) {
                markers.add(new AuthorityMarker(line, m.group(1), m.group(2) != null,
                        m.group(2) == null || !m.group(3).isEmpty(), lineUnits.get(i).location(""), lineUnits.get(i).text()));
            }
        }
        int tm = prefixes.indexOf("TM");
        int kt = prefixes.indexOf("KT");
        int tuq = prefixes.indexOf("TUQ");
        String authorityTitle = authorityTitle(prefixes, rests);
        String finalTitle = rests.isEmpty() ? "" : rests.get(rests.size() - 1);
        Optional<IssuerCatalogue.Body> body = issuer.body();
        // "KT. CỤC TRƯỞNG CỤC LÃNH SỰ" under "BỘ NGOẠI GIAO": the title names its own body, a unit of the
        // header's issuer, and the block is judged against that unit.
        Optional<IssuerCatalogue.Body> named = namedBody(authorityTitle, catalogue);
        boolean unitSigns = named.isPresent() && body.isPresent() && !titleOf(body.get(), authorityTitle);
        IssuerKind kind = unitSigns ? named.get().kind() : body.isPresent() ? issuer.kind() : IssuerKind.UNKNOWN;
        if (unitSigns) {
            body = named;
        }
        String ktTitle = kt >= 0 ? rests.get(kt) : "";
        boolean finalDeputy = finalTitle.startsWith("PHÓ ") || finalTitle.startsWith("THỨ TRƯỞNG")
                || body.map(b -> b.isDeputy(finalTitle)).orElse(false);
        boolean deputyOfKt = kt < 0 || (kt < lines.size() - 1 && deputyOf(ktTitle, finalTitle, body, catalogue));
        boolean prefixOnDeputy = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!prefixes.get(i).isEmpty() && !prefixes.get(i).equals("TM") && rests.get(i).startsWith("PHÓ ")) {
                prefixOnDeputy = true;
            }
        }
        return new SignatureBlock(List.copyOf(lines), issuer.name(), kind, issuer.basis(),
                body.map(IssuerCatalogue.Body::collective).orElse(""), tm >= 0, kt >= 0,
                prefixes.contains("Q"), prefixes.contains("TL"), tuq >= 0, authorityTitle, ktTitle, finalTitle,
                body.map(IssuerCatalogue.Body::head).orElse(""), body.map(IssuerCatalogue.Body::firstDeputy).orElse(""),
                body.map(b -> titleOf(b, authorityTitle)).orElse(true),
                body.map(b -> finalTitle.equals(b.head())).orElse(false), finalDeputy, deputyOfKt,
                body.isPresent() || catalogue.isHeadTitle(ktTitle), prefixOnDeputy, tuq >= 0 && kt > tuq,
                List.copyOf(markers), signer, academic, units.get(0).location(""),
                String.join(" / ", lines) + (signer.isEmpty() ? "" : " / " + signer));
    }

    /** The body a title names after its head's title ({@code CỤC TRƯỞNG CỤC LÃNH SỰ} → the Cục), if the registry knows it. */
    private static Optional<IssuerCatalogue.Body> namedBody(String title, IssuerCatalogue catalogue) {
        for (IssuerCatalogue.Body candidate : catalogue.bodies()) {
            String head = candidate.head();
            if (title.startsWith(head + " ")) {
                Optional<IssuerCatalogue.Body> found = catalogue.byName(title.substring(head.length() + 1));
                if (found.isPresent() && found.get().head().equals(head)) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A double title broken over two lines ({@code KT. BỘ TRƯỞNG} / {@code CHỦ NHIỆM VP CHÍNH PHỦ} /
     * {@code PHÓ CHỦ NHIỆM}): a bare title that is neither the last line nor a deputy's, right after a KT. line.
     */
    private static boolean continuesDoubleTitle(List<String> lines, String line) {
        return !lines.isEmpty() && lines.get(lines.size() - 1).startsWith("KT")
                && TitleRegistry.MARKER.matcher(lines.get(lines.size() - 1)).matches()
                && !TitleRegistry.MARKER.matcher(line).matches() && !line.startsWith("PHÓ ") && !line.startsWith("THỨ ");
    }

    /** The title the block acts for: the first line after any TM. line, without its prefix. */
    private static String authorityTitle(List<String> prefixes, List<String> rests) {
        for (int i = 0; i < prefixes.size(); i++) {
            if (!prefixes.get(i).equals("TM")) {
                return rests.get(i);
            }
        }
        return "";
    }

    /**
     * The body's head or deputy, also written with the body's name after it ({@code CHỦ TỊCH UBND}) or as one
     * part of a double title ({@code CHỦ NHIỆM} for {@code BỘ TRƯỞNG, CHỦ NHIỆM}).
     */
    private static boolean titleOf(IssuerCatalogue.Body body, String title) {
        String head = body.head();
        return title.equals(head) || title.startsWith(head + " ") || Arrays.asList(head.split(", ")).contains(title)
                || body.isDeputy(title);
    }

    /**
     * The line after {@code KT. head} names a deputy of that head: {@code PHÓ} + the head's title (or one part of a
     * double title: {@code KT. BỘ TRƯỞNG, CHỦ NHIỆM} / {@code PHÓ CHỦ NHIỆM}), or a deputy the catalogue lists for
     * it ({@code KT. BỘ TRƯỞNG} / {@code THỨ TRƯỞNG}).
     */
    private static boolean deputyOf(String head, String deputy, Optional<IssuerCatalogue.Body> body,
            IssuerCatalogue catalogue) {
        for (String part : head.split(", ")) {
            for (String deputyPart : deputy.split(", ")) {
                String named = "PHÓ " + part;
                // KT. BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ / PHÓ CHỦ NHIỆM: either title may carry the body's name.
                if (deputyPart.equals(named) || deputyPart.startsWith(named + " ") || named.startsWith(deputyPart + " ")) {
                    return true;
                }
            }
        }
        return body.filter(b -> b.head().equals(head) && b.isDeputy(deputy)).isPresent()
                || catalogue.isDeputyOf(head, deputy);
    }
}
