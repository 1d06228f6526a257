package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import vn.soat.model.IssuerKind;
import vn.soat.model.SignatureBlock;

/** Reads the authority lines and the signer's name, and works out what they mean for the issuer. */
final class SignatureReader {

    private SignatureReader() {
    }

    /** The issuer as far as the rest of the document tells it. */
    record Issuer(String name, IssuerKind kind, String basis, Optional<IssuerCatalogue.Body> body) {
    }

    static Optional<SignatureBlock> read(List<Unit> units, int from, TitleRegistry titles, Issuer issuer,
            IssuerCatalogue catalogue) {
        int first = -1;
        for (int i = from; i < units.size(); i++) {
            if (ClosingParser.isAuthorityLine(units.get(i), titles)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        int i = first;
        for (; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (ClosingParser.isAuthorityLine(unit, titles)) {
                lines.add(TitleRegistry.normalise(unit.text()));
            } else if (!(unit.isBlank() || ClosingParser.isDashLine(unit) || ClosingParser.isRecipientsHeading(unit)
                    || unit.folded().startsWith("luu"))) {
                break;
            }
        }
        String signer = "";
        String academic = "";
        for (; i < units.size(); i++) {
            Unit unit = units.get(i);
            Optional<PersonName.Parsed> name = PersonName.parse(unit.text());
            if (name.isPresent() && !titles.isTitle(unit.text())) {
                signer = name.get().name();
                academic = name.get().academicTitle();
                break;
            }
        }
        return Optional.of(block(lines, issuer, catalogue, signer, academic, units.get(first)));
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

    private static SignatureBlock block(List<String> lines, Issuer issuer, IssuerCatalogue catalogue, String signer,
            String academic, Unit at) {
        List<String> prefixes = new ArrayList<>();
        List<String> rests = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ClosingParser.AUTHORITY_PREFIX.matcher(line);
            prefixes.add(m.matches() ? m.group(1) : "");
            rests.add(m.matches() ? TitleRegistry.normalise(m.group(2)) : line);
        }
        int tm = prefixes.indexOf("TM");
        int kt = prefixes.indexOf("KT");
        int tuq = prefixes.indexOf("TUQ");
        String authorityTitle = authorityTitle(prefixes, rests);
        String finalTitle = rests.isEmpty() ? "" : rests.get(rests.size() - 1);
        Optional<IssuerCatalogue.Body> body = issuer.body().or(() -> catalogue.byTitle(authorityTitle));
        IssuerKind kind = issuer.kind() != IssuerKind.UNKNOWN ? issuer.kind()
                : body.map(IssuerCatalogue.Body::kind).orElse(IssuerKind.UNKNOWN);
        String basis = issuer.kind() != IssuerKind.UNKNOWN ? issuer.basis()
                : body.isPresent() ? "chức danh " + authorityTitle : "";
        String expectedHead = body.map(IssuerCatalogue.Body::head).orElse("");
        String expectedDeputy = body.map(IssuerCatalogue.Body::deputy).orElse("");
        String ktTitle = kt >= 0 ? rests.get(kt) : "";
        boolean finalDeputy = finalTitle.startsWith("PHÓ ") || (!expectedDeputy.isEmpty() && finalTitle.equals(expectedDeputy));
        boolean deputyOfKt = kt < 0 || (kt < lines.size() - 1 && (finalTitle.equals("PHÓ " + ktTitle)
                || catalogue.byTitle(ktTitle).map(b -> b.head().equals(ktTitle) && b.deputy().equals(finalTitle))
                        .orElse(false)));
        boolean prefixOnDeputy = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!prefixes.get(i).isEmpty() && !prefixes.get(i).equals("TM") && rests.get(i).startsWith("PHÓ ")) {
                prefixOnDeputy = true;
            }
        }
        return new SignatureBlock(List.copyOf(lines), issuer.name(), kind, basis,
                body.map(IssuerCatalogue.Body::collective).orElse(""), tm >= 0, kt >= 0,
                prefixes.contains("Q"), prefixes.contains("TL"), tuq >= 0, authorityTitle, ktTitle, finalTitle, expectedHead,
                expectedDeputy, finalDeputy, deputyOfKt, prefixOnDeputy, tuq >= 0 && kt > tuq, signer, academic,
                at.location(""), String.join(" / ", lines) + (signer.isEmpty() ? "" : " / " + signer));
    }
}
