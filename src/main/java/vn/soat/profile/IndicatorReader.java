package vn.soat.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.soat.model.BodyLine;
import vn.soat.model.Heading;
import vn.soat.model.ItemCoverage;
import vn.soat.model.Location;
import java.util.regex.Pattern;
import vn.soat.parse.claims.Examples;
import vn.soat.parse.Masking;

/**
 * The figures of a report for the indicators its outline declares (docs/indicators.md): each read where the
 * report states it, outside the plan section (what a unit means to do next period is not a figure of this
 * one). One exact value read once or more is the indicator's value; two different values, or a value that is
 * not exact, make it ambiguous — the reviewer decides, soát does not guess.
 */
public final class IndicatorReader {

    private static final int MAX_TEXT = 300;
    /** {@link ItemCoverage#evidenceKind()} of an item covered by a heading. */
    private static final String HEADING = "đề mục";
    @Examples(matches = {"tổ chức 3 đoàn ra«.»", "Công tác quản lý đoàn vào«:»", "không có«;»"}, rejects = {"gồm 3 đoàn ra", "5,03"})
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.:;!?]$");
    @Examples(matches = {"«-» Đoàn trong nước", "«1. »Đoàn ra", "«a) »Hội nghị", "«+» 3 đoàn"},
            rejects = {"3 đoàn vào", "Đoàn ra: 01"})
    private static final Pattern STARTS_ITEM = Pattern.compile("^(?:[-+•*]|\\d{1,2}[.)]\\s|[a-zđ]\\)\\s)");

    private IndicatorReader() {
    }

    /**
     * @param profile the report's outline, whose items may declare indicators
     * @param lines the body's lines (headings included), in order
     * @param planHeading the heading of the plan section, when there is one: its section is not read
     * @param coverage how the report covers the outline: an item covered by a heading has that heading's section
     * @return one indicator per declared indicator the report states, in profile order; empty when none
     */
    public static List<Indicator> read(OutlineProfile profile, List<BodyLine> lines, Optional<Heading> planHeading,
            List<ItemCoverage> coverage) {
        Map<IndicatorSpec, String> specs = new LinkedHashMap<>();
        for (ProfileItem item : profile.items()) {
            item.indicators().forEach(spec -> specs.put(spec, item.id()));
            item.items().forEach(sub -> sub.indicators().forEach(spec -> specs.put(spec, sub.id())));
        }
        if (specs.isEmpty()) {
            return List.of();
        }
        String planSection = planHeading.map(h -> h.location().section()).orElse("");
        List<Passage> passages = passages(lines.stream().filter(l -> !inSection(l, planSection)).toList());
        List<Indicator> indicators = new ArrayList<>();
        specs.forEach((spec, itemId) -> {
            List<Indicator.Reading> readings = new ArrayList<>();
            String itemSection = coverage.stream().filter(c -> c.itemId().equals(itemId) && c.covered()
                    && c.evidenceKind().equals(HEADING)).map(c -> c.location().section()).findFirst().orElse("");
            for (Passage passage : passages) {
                boolean inItem = passage.lines().stream().allMatch(l -> inSection(l, itemSection));
                List<IndicatorMatcher.Match> matches = passage.headingWithNone()
                        ? IndicatorMatcher.namedByHeadingWithNone(passage.text(), spec).stream().toList()
                        : IndicatorMatcher.in(passage.text(), spec, inItem);
                for (IndicatorMatcher.Match m : matches) {
                    readings.add(new Indicator.Reading(plain(m.value()), m.unit(), m.exact(),
                            passage.locate(passage.text().at(m.at()).start()), shorten(passage.text().clause(m.from(), m.to()), MAX_TEXT)));
                }
            }
            if (!readings.isEmpty()) {
                indicators.add(judge(spec, itemId, readings));
            }
        });
        return List.copyOf(indicators);
    }

    private static Indicator judge(IndicatorSpec spec, String itemId, List<Indicator.Reading> readings) {
        Indicator.Reading first = readings.get(0);
        Map<String, Indicator.Reading> distinct = new LinkedHashMap<>();
        readings.forEach(r -> distinct.putIfAbsent(r.value().toPlainString() + " " + r.unit() + " " + r.exact(), r));
        List<Indicator.Reading> inexact = readings.stream().filter(r -> !r.exact()).toList();
        String reason = "";
        if (distinct.size() > 1) {
            reason = "Báo cáo ghi " + distinct.size() + " giá trị khác nhau: " + distinct.values().stream()
                    .map(IndicatorReader::describe).collect(Collectors.joining("; ")) + ".";
        } else if (!inexact.isEmpty()) {
            reason = "Số liệu không chính xác (ước lượng hoặc khoảng): " + describe(inexact.get(0)) + ".";
        }
        boolean ambiguous = !reason.isEmpty();
        return new Indicator(spec.id(), spec.name(), itemId, ambiguous ? null : first.value(), first.unit(),
                first.location(), first.text(), ambiguous, reason, ambiguous ? List.copyOf(distinct.values()) : List.of());
    }

    private static String describe(Indicator.Reading r) {
        return "\"" + shorten(r.text(), 80) + "\" (dòng " + r.location().line() + ")";
    }

    private static boolean inSection(BodyLine line, String section) {
        String own = line.location().section();
        return !section.isEmpty() && (own.equals(section) || own.startsWith(section + "."));
    }

    /** Whole numbers without a scale ({@code 1.6E+6} → {@code 1600000}), decimals as written. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1).strip() + "…";
    }

    /** Lines read as one text, so that a sentence wrapped over PDF lines is whole; each offset traced to its line. */
    private record Passage(IndicatorText text, List<Integer> starts, List<BodyLine> lines, boolean headingWithNone) {

        Location locate(int offset) {
            int i = starts.size() - 1;
            while (i > 0 && starts.get(i) > offset) {
                i--;
            }
            return lines.get(i).location();
        }
    }

    /**
     * A line continues the passage unless it or the one before is a heading, a blank line parts them, the one
     * before ends a sentence, or it starts a list item.
     */
    private static List<Passage> passages(List<BodyLine> lines) {
        List<Passage> passages = new ArrayList<>();
        List<BodyLine> current = new ArrayList<>();
        for (BodyLine line : lines) {
            BodyLine previous = current.isEmpty() ? null : current.get(current.size() - 1);
            if (previous != null && previous.heading() && current.size() == 1 && NONE_ONLY.matcher(line.text().strip()).matches()) {
                // "2. Công tác … thỏa thuận quốc tế." then "(Không)": the heading's item has none.
                current.add(line);
                passages.add(passage(current, true));
                current = new ArrayList<>();
                continue;
            }
            if (previous != null && !continues(previous, line)) {
                passages.add(passage(current, false));
                current = new ArrayList<>();
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            passages.add(passage(current, false));
        }
        return passages;
    }

    @Examples(matches = {"(Không)", "Không.", "Không có", "- Không phát sinh.", "Chưa có"},
            rejects = {"Không có đoàn ra", "Không tổ chức hội nghị"})
    private static final Pattern NONE_ONLY = Pattern.compile("^[-+•*]?\\s*\\(?(?:[Kk]hông|[Cc]hưa)(?: có| phát sinh)?\\)?\\.?$");

    private static boolean continues(BodyLine previous, BodyLine line) {
        String before = previous.text().strip();
        String text = line.text().strip();
        // A blank line between them (the line numbers skip) ends a paragraph, as in a TXT or DOCX report.
        return !previous.heading() && !line.heading() && line.location().line() == previous.location().line() + 1
                && !ENDS_SENTENCE.matcher(before).find()
                && !STARTS_ITEM.matcher(text).lookingAt();
    }

    private static Passage passage(List<BodyLine> lines, boolean headingWithNone) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (BodyLine line : lines) {
            starts.add(text.length());
            text.append(line.text().strip()).append(' ');
        }
        String joined = text.toString();
        return new Passage(IndicatorText.of(joined, Masking.mask(joined)), starts, List.copyOf(lines), headingWithNone);
    }
}
