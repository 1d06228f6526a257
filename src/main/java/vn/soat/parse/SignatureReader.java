package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.soat.model.IssuerKind;
import vn.soat.model.SignatureBlock;
import vn.soat.text.Regex;

/**
 * Finds the authority lines and the signer's name. The block need not end the text: annex tables (Phụ lục) may
 * follow it, and its lines may be spread over blank lines, interleaved with the Nơi nhận column, or carry a
 * placeholder where the signature image was.
 */
final class SignatureReader {

    /** Units after the authority lines that are neither a name nor part of the block before giving up on a name. */
    private static final int NAME_WINDOW = 6;
    /** Where an annex or the next part starts: no signer's name is looked for beyond it. */
    /** An annex heading line: {@code PHỤ LỤC}, {@code Phụ lục I}, {@code PHỤ LỤC 02: BIỂU TỔNG HỢP}. */
    private static final Pattern ANNEX = Regex.compile("^phu luc(\\s+[0-9ivxlc]+\\b.*|\\s*[:.]?.{0,60})$");
    private static final Pattern PART_START = Regex.compile("^(phu luc|bieu|danh sach|mau so|chuong|dieu \\d)\\b.*");

    private SignatureReader() {
    }

    /** The issuer as far as the rest of the document tells it; an empty body means it is not judged. */
    record Issuer(String name, IssuerKind kind, String basis, Optional<IssuerCatalogue.Body> body) {
    }

    private record Candidate(List<Unit> lines, String signer, String academic) {
    }

    /**
     * The block that starts at or after {@code from} (where the closing was found); when none does, the last
     * block before it (complete if one is), so that a signature followed by many pages of annex is still read.
     */
    static Optional<SignatureBlock> read(List<Unit> units, int from, TitleRegistry titles, Issuer issuer,
            IssuerCatalogue catalogue) {
        List<Candidate> candidates = beforeTheAnnex(candidates(SignatureLines.of(units, titles), titles), units, titles);
        Optional<Candidate> after = candidates.stream().filter(c -> c.lines().get(0).index() >= from && !c.signer().isEmpty())
                .findFirst().or(() -> candidates.stream().filter(c -> c.lines().get(0).index() >= from).findFirst());
        List<Candidate> before = candidates.stream()
                .filter(c -> c.lines().get(0).index() < from && anchored(c, titles)).toList();
        Optional<Candidate> chosen = after
                .or(() -> before.stream().filter(c -> !c.signer().isEmpty()).reduce((first, second) -> second))
                .or(() -> before.stream().reduce((first, second) -> second));
        return chosen.map(c -> SignatureAuthority.block(c.lines(), issuer, catalogue, c.signer(), c.academic()));
    }

    /**
     * The blocks up to the first annex heading after the first complete block: the forms and tables of a Phụ lục
     * may carry title lines of their own ({@code CHỦ TỊCH} / {@code (Ký, ghi rõ họ tên)} in a blank template).
     */
    private static List<Candidate> beforeTheAnnex(List<Candidate> candidates, List<Unit> units, TitleRegistry titles) {
        Optional<Candidate> first = candidates.stream().filter(c -> !c.signer().isEmpty() && anchored(c, titles)).findFirst();
        if (first.isEmpty()) {
            return candidates;
        }
        int annex = units.stream().filter(u -> u.index() > first.get().lines().get(0).index() && ANNEX.matcher(u.folded()).matches())
                .mapToInt(Unit::index).findFirst().orElse(Integer.MAX_VALUE);
        return candidates.stream().filter(c -> c.lines().get(0).index() < annex).toList();
    }

    /** A block found away from the closing must look like one: a marker line, or a title the catalogue lists. */
    private static boolean anchored(Candidate c, TitleRegistry titles) {
        return c.lines().stream().map(u -> TitleRegistry.normalise(u.text()))
                .anyMatch(l -> TitleRegistry.MARKER.matcher(l).matches() || titles.isListed(l));
    }

    private static List<Candidate> candidates(List<Unit> units, TitleRegistry titles) {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            if (!ClosingParser.isAuthorityLine(units.get(i), titles)) {
                i++;
                continue;
            }
            List<Unit> lines = new ArrayList<>();
            for (; i < units.size(); i++) {
                Unit unit = units.get(i);
                if (ClosingParser.isAuthorityLine(unit, titles)) {
                    lines.add(unit);
                } else if (!(unit.isBlank() || besideTheBlock(unit))) {
                    break;
                }
            }
            String signer = "";
            String academic = "";
            int others = 0;
            for (int k = i; k < units.size() && others < NAME_WINDOW; k++) {
                Unit unit = units.get(k);
                if (unit.isBlank() || besideTheBlock(unit) || unit.text().strip().endsWith(";")) {
                    continue;
                }
                if (PART_START.matcher(unit.folded()).matches() || ClosingParser.isAuthorityLine(unit, titles)) {
                    break;
                }
                Optional<PersonName.Parsed> name = PersonName.parse(unit.text());
                if (name.isPresent()) {
                    signer = name.get().name();
                    academic = name.get().academicTitle();
                    i = k + 1;
                    break;
                }
                others++;
            }
            found.add(new Candidate(List.copyOf(lines), signer, academic));
        }
        return found;
    }

    /** Units that sit beside or inside the block without ending it: the Nơi nhận column, a signature placeholder. */
    private static boolean besideTheBlock(Unit unit) {
        return ClosingParser.isDashLine(unit) || ClosingParser.isRecipientsHeading(unit) || unit.folded().startsWith("luu")
                || SignatureLines.isPlaceholder(unit);
    }
}
