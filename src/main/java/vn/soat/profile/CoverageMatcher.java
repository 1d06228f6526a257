package vn.soat.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.soat.model.BodyLine;
import vn.soat.model.Heading;
import vn.soat.model.ItemCoverage;
import vn.soat.model.Location;
import vn.soat.model.ReportModel;
import vn.soat.text.VietText;

/**
 * Decides which items of an outline a report covers (rules/profiles/README.md, "How items are
 * matched"): each item is covered, uncertain (some evidence, but weak or only in passing) or
 * missing. Top-level items are looked for in every heading and passage; the items of the results
 * section in the lines of that section.
 */
public final class CoverageMatcher {

    private static final Pattern PLAN_WORDS = Pattern.compile("^(phuong huong|ke hoach|nhiem vu|du kien|dinh huong)");
    private static final int CAPS_LINE_RANK = 4;
    private static final int MAX_CAPS_LINE_WORDS = 20;

    private CoverageMatcher() {
    }

    /** Each profile's vocabulary, weighed once (profiles are loaded once; a reloaded set brings new instances). */
    private static final Map<OutlineProfile, EvidenceReader> READERS = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private static final int MAX_READERS = 64;

    static EvidenceReader readerOf(OutlineProfile profile) {
        synchronized (READERS) {
            if (READERS.size() >= MAX_READERS && !READERS.containsKey(profile)) {
                READERS.clear();
            }
            return READERS.computeIfAbsent(profile, p -> new EvidenceReader(new ItemVocabulary(p)));
        }
    }

    public record Coverage(List<ItemCoverage> items, Optional<Heading> planHeading) {
    }

    /** A heading of the report with the words a reader takes for its title. */
    private record Titled(String text, Location location, int rank, Optional<Heading> heading) {
    }

    public static Coverage match(OutlineProfile profile, ReportModel model) {
        EvidenceReader reader = readerOf(profile).forOneReport();
        List<Titled> headings = headings(model);
        List<ProfileItem> subItems = profile.items().stream().flatMap(i -> i.items().stream()).toList();
        List<Evidence> topFound = evidence(reader, profile.items(), subItems, headings, passages(model.lines()), true);
        Map<ProfileItem, Evidence> top = best(profile.items(), topFound);
        List<String> resultsLabels = new ArrayList<>();
        List<String> otherLabels = new ArrayList<>();
        sections(topFound, headings).forEach(c -> (c.getValue().results() ? resultsLabels : otherLabels).add(c.getKey()));
        Optional<Heading> planHeading = profile.items().stream().filter(ProfileItem::plan).findFirst()
                .flatMap(item -> coveringHeading(top.get(item), headings));
        List<ItemCoverage> result = new ArrayList<>();
        Location previous = model.title().location();
        Map<ProfileItem, Map<ProfileItem, Evidence>> parents = new HashMap<>();
        List<ItemCoverage> subResult = new ArrayList<>();
        for (ProfileItem parent : profile.items().stream().filter(ProfileItem::results).toList()) {
            List<BodyLine> scope = scope(model.lines(), resultsLabels, otherLabels);
            Map<ProfileItem, Evidence> sub = best(parent.items(), subEvidence(reader, parent, scope));
            if (top.get(parent) == null || !top.get(parent).covers()) {
                byItsItems(parent, sub).ifPresent(e -> top.put(parent, e));
            }
            parents.put(parent, sub);
        }
        for (ProfileItem item : profile.items()) {
            Evidence e = top.get(item);
            Location at = e != null && e.covers() ? e.location() : previous;
            result.add(coverage(profile, item, null, e, at));
            previous = at;
            if (item.results()) {
                for (ProfileItem sub : item.items()) {
                    subResult.add(coverage(profile, sub, item, parents.get(item).get(sub), at));
                }
            }
        }
        result.addAll(subResult);
        if (planHeading.isEmpty()) {
            planHeading = model.headings().stream()
                    .filter(h -> h.level() == Heading.Level.ROMAN && PLAN_WORDS.matcher(OutlineText.words(h.title())).find())
                    .findFirst();
        }
        return new Coverage(List.copyOf(result), planHeading);
    }

    /**
     * The sections of the headings that cover a top-level item, and the item. Every heading that covers
     * the results bounds its lines, not only the one shown (under "A. KẾT QUẢ …" a Roman "III. … ĐỐI
     * NGOẠI …" may also read as results); but a heading nested in another item's section belongs to
     * that item ("1. Tiếp tục … đối ngoại" under the plan is not results).
     */
    private static List<Map.Entry<String, ProfileItem>> sections(List<Evidence> found, List<Titled> headings) {
        List<Map.Entry<String, ProfileItem>> covering = new ArrayList<>();
        for (Evidence e : found) {
            coveringHeading(e, headings).ifPresent(h -> covering.add(Map.entry(h.location().section(), e.item())));
        }
        return covering.stream().filter(c -> covering.stream().noneMatch(o -> o.getValue() != c.getValue()
                && c.getKey().startsWith(o.getKey() + "."))).toList();
    }

    private static List<Evidence> subEvidence(EvidenceReader reader, ProfileItem parent, List<BodyLine> scope) {
        List<Titled> subHeadings = new ArrayList<>();
        for (BodyLine line : scope) {
            if (line.heading() || capsLine(line.text())) {
                subHeadings.add(new Titled(line.text(), line.location(), line.heading() ? 2 : CAPS_LINE_RANK, Optional.empty()));
            }
        }
        List<BodyLine> passages = passages(scope);
        List<Evidence> found = evidence(reader, parent.items(), List.of(), subHeadings, passages, false);
        found.addAll(nilPhrases(parent.items(), passages));
        return found;
    }

    /**
     * A results section without a heading of its own is still there when most of its required items
     * are: "I. Công tác đoàn ra, đoàn vào … II. Công tác thông tin đối ngoại … III. Hạn chế …".
     */
    private static Optional<Evidence> byItsItems(ProfileItem parent, Map<ProfileItem, Evidence> sub) {
        List<ProfileItem> required = parent.items().stream().filter(ProfileItem::isRequired).toList();
        List<Evidence> covered = required.stream().map(sub::get).filter(e -> e != null && e.covers())
                .sorted(java.util.Comparator.comparingInt(e -> e.location().line())).toList();
        if (required.isEmpty() || covered.size() * 2 < required.size()) {
            return Optional.empty();
        }
        Evidence first = covered.get(0);
        return Optional.of(new Evidence(parent, true, (double) covered.size() / required.size(), first.heading(), first.rank(),
                first.text(), first.location()));
    }

    /** Numbered headings (a part's title may stand on the line after "PHẦN THỨ NHẤT"), then short lines in capitals. */
    private static List<Titled> headings(ReportModel model) {
        List<Titled> out = new ArrayList<>();
        for (Heading h : model.headings()) {
            String title = h.excerpt();
            if (h.title().isBlank() && h.level() == Heading.Level.PART) {
                title = model.lines().stream().filter(l -> l.location().line() > h.location().line()).findFirst()
                        .filter(l -> !l.heading()).map(BodyLine::text).orElse("");
            }
            int rank = switch (h.level()) {
                case ROMAN -> 0;
                case PART -> 1;
                case ARABIC -> 2;
                case LETTER -> 3;
            };
            out.add(new Titled(title, h.location(), rank, Optional.of(h)));
        }
        model.lines().stream().filter(l -> !l.heading() && capsLine(l.text()))
                .forEach(l -> out.add(new Titled(l.text(), l.location(), CAPS_LINE_RANK, Optional.empty())));
        return out;
    }

    /** Lines that are not headings, and what follows the colon of a heading line ("3. Công tác lãnh sự: Không phát sinh."). */
    private static List<BodyLine> passages(List<BodyLine> lines) {
        List<BodyLine> out = new ArrayList<>();
        for (BodyLine line : lines) {
            int colon = line.text().indexOf(": ");
            if (!line.heading()) {
                out.add(line);
            } else if (colon >= 0) {
                out.add(new BodyLine(line.text().substring(colon + 2), false, line.location()));
            }
        }
        return out;
    }

    private static boolean capsLine(String text) {
        return VietText.isUpperCase(text) && text.strip().split("\\s+").length <= MAX_CAPS_LINE_WORDS;
    }

    private static List<Evidence> evidence(EvidenceReader reader, List<ProfileItem> items, List<ProfileItem> others,
            List<Titled> headings, List<BodyLine> passages, boolean topLevel) {
        List<Evidence> found = new ArrayList<>();
        for (Titled h : headings) {
            found.addAll(reader.heading(items, others, h.text(), h.location(), h.rank()));
        }
        for (BodyLine line : passages) {
            found.addAll(reader.passage(items, line.text(), line.location(), topLevel));
        }
        return found;
    }

    /** "Không có đoàn ra/đoàn vào" phrases a profile lists under {@code nil}: a line holding one covers its item. */
    private static List<Evidence> nilPhrases(List<ProfileItem> items, List<BodyLine> lines) {
        List<Evidence> found = new ArrayList<>();
        for (ProfileItem item : items) {
            for (String phrase : item.nil()) {
                String wanted = " " + OutlineText.words(phrase) + " ";
                lines.stream().filter(l -> (" " + OutlineText.words(l.text()) + " ").contains(wanted)).findFirst()
                        .ifPresent(l -> found.add(new Evidence(item, true, 1, false, Evidence.PASSAGE, l.text(), l.location())));
            }
        }
        return found;
    }

    private static Map<ProfileItem, Evidence> best(List<ProfileItem> items, List<Evidence> found) {
        Map<ProfileItem, Evidence> best = new HashMap<>();
        for (Evidence e : found) {
            best.merge(e.item(), e, (a, b) -> Evidence.BEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
        best.keySet().retainAll(items);
        return best;
    }

    private static Optional<Heading> coveringHeading(Evidence e, List<Titled> headings) {
        if (e == null || !e.covers() || !e.heading()) {
            return Optional.empty();
        }
        return headings.stream().filter(h -> h.location().equals(e.location()) && h.heading().isPresent())
                .findFirst().flatMap(Titled::heading);
    }

    /** Lines under the results sections; without a results heading, every line not under another item's section. */
    private static List<BodyLine> scope(List<BodyLine> lines, List<String> resultsLabels, List<String> otherLabels) {
        if (!resultsLabels.isEmpty()) {
            return lines.stream().filter(l -> under(l, resultsLabels)).toList();
        }
        return lines.stream().filter(l -> !under(l, otherLabels)).toList();
    }

    private static boolean under(BodyLine line, List<String> labels) {
        String section = line.location().section();
        return labels.stream().anyMatch(label -> section.equals(label) || section.startsWith(label + "."));
    }

    private static ItemCoverage coverage(OutlineProfile profile, ProfileItem item, ProfileItem parent, Evidence e,
            Location expectedAt) {
        boolean covered = e != null && e.covers();
        boolean uncertain = e != null && !covered;
        String accepted = String.join("; ", item.acceptedNames().stream().map(n -> "\"" + n + "\"").toList());
        return new ItemCoverage(profile.id(), profile.name(), item.id(), item.name(), parent == null ? "" : parent.id(),
                parent == null ? "" : parent.name(), item.isRequired(), covered, uncertain, accepted,
                covered ? e.text() : "", e == null ? "" : e.where(), e == null ? 0 : (int) Math.round(e.score() * 100),
                e == null ? expectedAt : e.location(), e == null ? item.name() : e.text());
    }
}
