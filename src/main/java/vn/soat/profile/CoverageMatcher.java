package vn.soat.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.soat.model.BodyLine;
import vn.soat.model.Heading;
import vn.soat.model.ItemCoverage;
import vn.soat.model.Location;
import vn.soat.model.ReportModel;
import vn.soat.parse.Bullet;
import vn.soat.parse.VietText;

/**
 * Decides which items of an outline a report covers (outlines.md): a heading that names the
 * item; inside the results section also a line that starts with the item's name and a colon, or
 * a short nil sentence about it. A name met only in passing inside other text does not count.
 */
public final class CoverageMatcher {

    private static final List<String> NIL_OPENINGS = List.of("khong co", "khong to chuc", "khong phat sinh", "chua co",
            "khong tiep nhan", "khong thuc hien", "khong");
    private static final int MAX_LABEL_WORDS = 16;
    private static final int MAX_NIL_WORDS = 30;

    private CoverageMatcher() {
    }

    public record Coverage(List<ItemCoverage> items, Optional<Heading> planHeading) {
    }

    public static Coverage match(OutlineProfile profile, ReportModel model) {
        List<ItemCoverage> result = new ArrayList<>();
        List<String> resultsLabels = new ArrayList<>();
        List<String> otherLabels = new ArrayList<>();
        Optional<Heading> planHeading = Optional.empty();
        Location previous = model.title().location();
        List<Pending> pendingResults = new ArrayList<>();
        for (ProfileItem item : profile.items()) {
            Optional<Heading> heading = topLevelHeading(item, model.headings());
            if (heading.isPresent()) {
                (item.results() ? resultsLabels : otherLabels).add(heading.get().location().section());
                if (item.plan()) {
                    planHeading = heading;
                }
            }
            Location at = heading.map(Heading::location).orElse(previous);
            result.add(coverage(profile, item, null, heading.isPresent(), heading.map(Heading::excerpt).orElse(""), at));
            previous = at;
            if (item.results()) {
                pendingResults.add(new Pending(item, at));
            }
        }
        for (Pending pending : pendingResults) {
            List<BodyLine> scope = scope(model.lines(), resultsLabels, otherLabels);
            for (ProfileItem sub : pending.item().items()) {
                Optional<BodyLine> by = coveringLine(sub, scope);
                result.add(coverage(profile, sub, pending.item(), by.isPresent(), by.map(BodyLine::text).orElse(""),
                        by.map(BodyLine::location).orElse(pending.at())));
            }
        }
        if (planHeading.isEmpty()) {
            planHeading = model.headings().stream()
                    .filter(h -> h.level() == Heading.Level.ROMAN && PLAN_WORDS.matcher(OutlineText.core(h.title())).find())
                    .findFirst();
        }
        return new Coverage(List.copyOf(result), planHeading);
    }

    private static final Pattern PLAN_WORDS = Pattern.compile("^(phuong huong|ke hoach|nhiem vu|du kien|dinh huong)");

    private record Pending(ProfileItem item, Location at) {
    }

    /** A Roman heading naming the item; failing that, a heading of any level. */
    private static Optional<Heading> topLevelHeading(ProfileItem item, List<Heading> headings) {
        Optional<Heading> roman = headings.stream()
                .filter(h -> h.level() == Heading.Level.ROMAN && names(item, h.title())).findFirst();
        return roman.isPresent() ? roman : headings.stream().filter(h -> names(item, h.title())).findFirst();
    }

    private static boolean names(ProfileItem item, String text) {
        String core = OutlineText.core(text);
        return item.acceptedNames().stream().anyMatch(name -> OutlineText.contains(core, OutlineText.nameCore(name)));
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

    private static Optional<BodyLine> coveringLine(ProfileItem item, List<BodyLine> scope) {
        for (BodyLine line : scope) {
            if (line.heading() && names(item, line.text().replaceFirst("^\\S+\\s", ""))) {
                return Optional.of(line);
            }
        }
        for (BodyLine line : scope) {
            if (!line.heading() && (labelled(item, line.text()) || nilSentence(item, line.text()) || nilPhrase(item, line.text()))) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** "Công tác lãnh sự và bảo hộ công dân: …" — the item's name as the label of the line. */
    private static boolean labelled(ProfileItem item, String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String label = Bullet.strip(text.substring(0, colon));
        return label.split("\\s+").length <= MAX_LABEL_WORDS && names(item, label);
    }

    /** "Không có đoàn ra/đoàn vào." — a short sentence answering the item with nothing. */
    private static boolean nilSentence(ProfileItem item, String text) {
        String bare = Bullet.strip(text);
        String folded = VietText.fold(bare);
        if (bare.split("\\s+").length > MAX_NIL_WORDS) {
            return false;
        }
        for (String opening : NIL_OPENINGS) {
            if (folded.startsWith(opening + " ")) {
                return names(item, bare);
            }
        }
        return false;
    }

    private static boolean nilPhrase(ProfileItem item, String text) {
        String core = OutlineText.core(text);
        return item.nil().stream().anyMatch(phrase -> OutlineText.contains(core, OutlineText.nameCore(phrase)));
    }

    private static ItemCoverage coverage(OutlineProfile profile, ProfileItem item, ProfileItem parent, boolean covered,
            String by, Location at) {
        String accepted = String.join("; ", item.acceptedNames().stream().map(n -> "\"" + n + "\"").toList());
        return new ItemCoverage(profile.id(), profile.name(), item.id(), item.name(), parent == null ? "" : parent.id(),
                parent == null ? "" : parent.name(), item.isRequired(), covered, accepted, by, at,
                covered ? by : item.name());
    }
}
