package vn.soat.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.soat.model.BodyLine;
import vn.soat.model.Citation;
import vn.soat.model.DocumentDate;
import vn.soat.model.ListLine;
import vn.soat.model.Location;
import vn.soat.model.ReplacedDocumentCitation;
import vn.soat.model.ReportModel;
import vn.soat.model.UnitMention;
import vn.soat.text.VietText;
import vn.soat.rulesdir.RuleFiles;

/**
 * Facts that need the reference data a Sở keeps in the rules directory, computed from a parsed document: units
 * named by the issuer, addressees, recipients and requester that the gazetteer says have ended ({@link UnitMention}),
 * the place on the date line next to the issuer's unit ({@code PlaceOnDateLine}), and cited documents that were
 * replaced ({@link ReplacedDocumentCitation}). Each fact carries both dates; the rules compare them. A document
 * without a real date gets no dated fact.
 */
public final class ReferenceData {

    /** A line that reports a repeal names the old document on purpose: "thay thế Nghị định số 110/2004/NĐ-CP". */
    private static final Pattern REPEAL = Pattern.compile("thay the|het hieu luc|bai bo|\\(cu\\)");

    private final SupersededDocuments superseded;
    private final UnitMentions mentions;
    private final IssuerPlace places;

    private ReferenceData(AdministrativeUnits units, SupersededDocuments superseded) {
        this.superseded = superseded;
        this.mentions = new UnitMentions(units);
        this.places = new IssuerPlace(units);
    }

    /** Reads {@code administrative-units.yaml} and {@code superseded-documents.yaml}; a broken file stops loading. */
    public static ReferenceData load(RuleFiles files) {
        return new ReferenceData(AdministrativeUnits.load(files), SupersededDocuments.load(files));
    }

    /** The facts of one parsed document. */
    public List<Object> facts(ReportModel model) {
        List<Object> facts = new ArrayList<>();
        model.date().flatMap(date -> places.judge(model.issuer(), date)).ifPresent(facts::add);
        Optional<DocumentDate> dated = model.date().filter(DocumentDate::valid);
        if (dated.isEmpty()) {
            return facts;
        }
        long day = dated.get().epochDay();
        facts.addAll(unitMentions(model, day));
        facts.addAll(replacedCitations(model, day));
        return facts;
    }

    private List<UnitMention> unitMentions(ReportModel model, long day) {
        List<UnitMention> found = new ArrayList<>();
        model.issuer().ifPresent(issuer -> IssuerPlace.joined(issuer.lines()).forEach(
                line -> add(found, UnitMention.ISSUER, line, issuer.location(), issuer.excerpt(), day)));
        List<ListLine> addressees = model.listLines().stream().filter(l -> l.list().equals(ListLine.KINH_GUI)).toList();
        if (addressees.isEmpty()) {
            model.addressees().ifPresent(a -> a.names().forEach(
                    name -> add(found, UnitMention.ADDRESSEE, name, a.location(), a.excerpt(), day)));
        }
        addressees.forEach(l -> add(found, UnitMention.ADDRESSEE, l.text(), l.location(), l.excerpt(), day));
        model.listLines().stream().filter(l -> l.list().equals(ListLine.NOI_NHAN) && !l.archive())
                .forEach(l -> add(found, UnitMention.RECIPIENT, l.text(), l.location(), l.excerpt(), day));
        model.request().filter(r -> !r.requester().isBlank()).ifPresent(
                r -> add(found, UnitMention.REQUESTER, r.requester(), r.location(), r.excerpt(), day));
        return found;
    }

    private void add(List<UnitMention> found, String role, String text, Location location, String excerpt, long day) {
        for (UnitMentions.Found unit : mentions.in(text)) {
            found.add(new UnitMention(role, unit.text(), unit.lastDay().epochDay(), unit.lastDay().shown(),
                    unit.replacedBy(), day, unit.source(), location, excerpt));
        }
    }

    private List<ReplacedDocumentCitation> replacedCitations(ReportModel model, long day) {
        Map<Integer, String> lineText = new HashMap<>();
        model.lines().forEach(line -> lineText.putIfAbsent(line.location().line(), VietText.fold(line.text())));
        List<ReplacedDocumentCitation> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Citation citation : model.citations()) {
            if (!citation.firstMention() || repeal(lineText.get(citation.location().line()))) {
                continue;
            }
            superseded.byNumber(citation.numberSymbol()).filter(r -> seen.add(r.row().number() + "@"
                    + citation.location().line())).ifPresent(r -> found.add(fact(r, citation.type() + " "
                    + citation.numberSymbol(), day, citation.location(), citation.excerpt())));
        }
        for (BodyLine line : model.lines()) {
            String folded = VietText.fold(line.text());
            if (repeal(folded)) {
                continue;
            }
            for (SupersededDocuments.Replaced r : superseded.rows()) {
                r.row().namesOrNone().stream().filter(name -> folded.contains(VietText.fold(name))).findFirst()
                        .filter(name -> seen.add(r.row().number() + "@" + line.location().line()))
                        .ifPresent(name -> found.add(fact(r, name, day, line.location(), line.text())));
            }
        }
        return found;
    }

    private static ReplacedDocumentCitation fact(SupersededDocuments.Replaced r, String cited, long day, Location location,
            String excerpt) {
        return new ReplacedDocumentCitation(cited.strip(), r.row().replacedBy(), r.effectiveDay(), r.effectiveShown(), day,
                r.row().source(), location, excerpt);
    }

    private static boolean repeal(String folded) {
        return folded != null && REPEAL.matcher(folded).find();
    }
}
