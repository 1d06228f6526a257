package vn.soat.parse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.Breakdown;
import vn.soat.model.CountedList;
import vn.soat.model.PercentClaim;
import vn.soat.model.QuantityStatement;
import vn.soat.model.ShareList;
import vn.soat.numbers.VietNumber;

/**
 * Claims about numbers in the prose (regulations.md §6): totals with their parts, counted lists,
 * percentages of a stated whole, shares of one whole, quantities stated as a number and as none.
 * Dates and document numbers are masked first. Anything the patterns are unsure of yields no
 * claim: a false error sends a correct report back.
 */
final class NumberClaims {

    static final String NUM = "(?<![\\d.,])(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(?![\\d]|[.,]\\d)";
    private static final String SCALE = "nghìn|ngàn|triệu|tỷ|tỉ";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<num>" + NUM + ")(?:\\s+(?<scale>" + SCALE + "))?\\s*(?<unit>%|\\p{L}+)(?:\\s+(?<next>\\p{L}+))?");
    private static final Pattern KEYWORD = Pattern.compile("(?<![\\p{L}])(trong đó|bao gồm|gồm)(?:\\s+có)?\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s+[\\p{Lu}\"“(-])|\\./\\.|\\.\\s*$");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final String WORD_NUMBER = "(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\\s+(?:mươi|mốt|một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín)){0,2}";
    private static final Pattern COUNTED = Pattern.compile("(?<![\\p{L}])(?:bao gồm|gồm)(?:\\s+có)?\\s+(?<n>\\d+|" + WORD_NUMBER
            + ")\\s+(?<unit>\\p{L}+(?:\\s+\\p{L}+){0,3}?)\\s*:\\s*(?<list>[^;]*?)(?=\\.(?:\\s+\\p{Lu}|\\s*$)|;|$)");
    private static final Pattern RATIO = Pattern.compile("(?<!ngày\\s)(?<![\\d/])(?<a>\\d{1,6})/(?<b>\\d{1,6})(?![/\\d])"
            + "(?:\\s+\\p{L}+){0,3}\\s*\\(\\s*(?:đạt tỷ lệ|tỷ lệ|đạt|bằng|chiếm)?\\s*(?<p>\\d+(?:,\\d+)?)\\s*%\\s*\\)");
    /** The whole: "tổng số 1.169 hộ", "tổng số đảng viên là 338 đảng viên" — not "tổng số hộ nghèo còn 93 hộ", a part. */
    private static final Pattern BASE = Pattern.compile("[Tt]ổng số\\s+(?:(?:\\p{L}+\\s+){1,3}(?:là|có|đạt)\\s+)?(?<b>" + NUM
            + ")\\s+(?<unit>\\p{L}+)(?!\\s*(?:=|chiếm|\\(|bằng))");
    private static final Pattern PART_OF_BASE = Pattern.compile("(?<a>" + NUM + ")\\s+(?<unit>\\p{L}+)(?:\\s+\\p{L}+){0,3}?"
            + "\\s*(?:=|,?\\s*chiếm|,?\\s*bằng|\\()\\s*(?<p>" + NUM + ")\\s*%");
    private static final Pattern SHARES_START = Pattern.compile("(?<![\\p{L}])[Cc]ơ cấu[^.:;]{0,60}:");
    private static final Pattern PERCENT = Pattern.compile("(?<p>" + NUM + ")\\s*%");
    private static final Pattern COUNTED_AS = Pattern.compile("[Ss]ố(?:\\s+lượng)?\\s+(?<phrase>\\p{L}+(?:\\s+\\p{L}+){4,11})\\s*:\\s*(?<n>" + NUM + ")");
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?<n>" + NUM + ")\\s+(?<phrase>\\p{L}+(?:\\s+\\p{L}+){4,7})");
    private static final Pattern NONE = Pattern.compile("(?<![\\p{L}])(?:[Kk]hông có|[Cc]hưa có|[Kk]hông phát sinh)\\s+(?<phrase>\\p{L}+(?:\\s+\\p{L}+){4,7})");
    /** Five words name a quantity precisely enough ("trường hợp bị bắt giữ"); four ("trường hợp công dân") do not. */
    private static final int KEY_WORDS = 5;
    private static final int MAX_ITEM_WORDS = 12;

    final List<Breakdown> breakdowns = new ArrayList<>();
    final List<CountedList> countedLists = new ArrayList<>();
    final List<PercentClaim> percents = new ArrayList<>();
    final List<ShareList> shares = new ArrayList<>();
    final List<QuantityStatement> quantities = new ArrayList<>();

    private final Function<Unit, String> sectionOf;

    NumberClaims(Function<Unit, String> sectionOf) {
        this.sectionOf = sectionOf;
    }

    void scan(List<Passage> segments) {
        for (int i = 0; i < segments.size(); i++) {
            Passage segment = segments.get(i);
            String text = Masking.mask(segment.text());
            if (text.contains("hông có") || text.contains("hưa có") || text.contains("hông phát sinh")) {
                noneStatements(segment, text);
            }
            if (!hasDigit(text)) {
                continue;
            }
            // Cheap guards first: most paragraphs carry none of these claims.
            if (text.contains("trong đó") || text.contains("gồm")) {
                breakdowns(segment, text);
            }
            if (text.contains("gồm")) {
                countedLists(segments, i, text);
            }
            if (text.indexOf('%') >= 0) {
                ratios(segment, text);
                shares(segment, text);
            }
            counts(segment, text);
        }
        // The whole ("tổng số 1.169 hộ") may sit a few sentences before its part ("60 hộ = 5,03%"),
        // and PDF gives no reliable paragraph ends: look for it within the same section.
        for (Passage section : bySection(segments)) {
            if (section.text().contains("ổng số") && section.text().indexOf('%') >= 0) {
                partsOfBase(section, Masking.mask(section.text()));
            }
        }
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private List<Passage> bySection(List<Passage> segments) {
        List<Passage> sections = new ArrayList<>();
        List<Unit> current = new ArrayList<>();
        String label = null;
        for (Passage segment : segments) {
            String section = sectionOf.apply(segment.units().get(0));
            if (label != null && !section.equals(label)) {
                sections.add(new Passage(current));
                current = new ArrayList<>();
            }
            label = section;
            current.addAll(segment.units());
        }
        if (!current.isEmpty()) {
            sections.add(new Passage(current));
        }
        return sections;
    }

    private void breakdowns(Passage segment, String text) {
        Matcher keyword = KEYWORD.matcher(text);
        while (keyword.find()) {
            int clauseStart = clauseStart(text, keyword.start());
            int partsEnd = sentenceEnd(text, keyword.end());
            String parts = blankParentheses(text.substring(keyword.end(), partsEnd));
            List<Quantity> totals = quantities(text.substring(clauseStart, keyword.start()), clauseStart);
            for (int t = totals.size() - 1; t >= 0; t--) {
                Quantity total = totals.get(t);
                List<List<Quantity>> groups = new ArrayList<>();
                int offset = keyword.end();
                for (String group : parts.split(";", -1)) {
                    List<Quantity> same = quantities(group, offset).stream().filter(q -> q.unit.equals(total.unit)).toList();
                    if (!same.isEmpty()) {
                        groups.add(same);
                    }
                    offset += group.length() + 1;
                }
                if (!groups.isEmpty()) {
                    addBreakdown(segment, text, total, groups, exhaustive(keyword.group(1), parts), partsEnd);
                    break;
                }
            }
        }
    }

    private void addBreakdown(Passage segment, String text, Quantity total, List<List<Quantity>> groups,
            boolean exhaustive, int end) {
        BigDecimal all = BigDecimal.ZERO;
        for (List<Quantity> group : groups) {
            all = all.add(sum(group));
        }
        List<Quantity> reported = groups.get(0);
        for (List<Quantity> group : groups) {
            if (sum(group).compareTo(total.value) > 0) {
                reported = group;
                break;
            }
        }
        // Several groups (separated by ';') may be parts of one split or alternative splits of the total.
        if (groups.size() > 1 && all.compareTo(total.value) == 0) {
            return;
        }
        BigDecimal sum = sum(reported);
        boolean judgeShortfall = exhaustive && groups.size() == 1 && reported.size() >= 2;
        if (sum.compareTo(total.value) <= 0 && !judgeShortfall) {
            return;
        }
        String partsText = String.join(" + ", reported.stream().map(q -> q.written).toList());
        Unit unit = segment.unitAt(total.start);
        String unitName = unitName(total, reported);
        breakdowns.add(new Breakdown(total.value.doubleValue(), total.written + " " + unitName, unitName,
                sum.doubleValue(), reported.size(), partsText, sumText(sum, total, reported) + " " + unitName, exhaustive,
                unit.location(sectionOf.apply(unit)),
                segment.text().substring(total.start, Math.min(end, segment.text().length())).strip()));
    }

    private static boolean exhaustive(String keyword, String parts) {
        String folded = VietText.fold(parts);
        return !keyword.equals("trong đó")
                || folded.contains("trong nuoc") && folded.contains("nuoc ngoai")
                || folded.contains("trong tinh") && folded.contains("ngoai tinh");
    }

    private void countedLists(List<Passage> segments, int index, String text) {
        Passage segment = segments.get(index);
        Matcher m = COUNTED.matcher(text);
        while (m.find()) {
            Integer declared = m.group("n").matches("\\d+") ? Integer.valueOf(m.group("n"))
                    : VietNumber.parseWords(m.group("n")).orElse(null);
            if (declared == null) {
                continue;
            }
            List<String> items = new ArrayList<>();
            String list = segment.text().substring(m.start("list"), m.end("list")).strip();
            if (!list.isEmpty()) {
                for (String item : list.split(",|\\s+và\\s+")) {
                    if (!item.isBlank()) {
                        items.add(item.strip().replaceAll("[.;]+$", ""));
                    }
                }
            } else if (m.end() >= text.strip().length()) {
                for (int j = index + 1; j < segments.size() && isBullet(segments.get(j)); j++) {
                    items.add(Bullet.strip(segments.get(j).text()));
                }
            }
            if (items.isEmpty() || items.stream().anyMatch(item -> item.split("\\s+").length > MAX_ITEM_WORDS)) {
                continue;
            }
            Unit unit = segment.unitAt(m.start());
            countedLists.add(new CountedList(declared, items.size(), m.group("unit"), String.join("; ", items),
                    unit.location(sectionOf.apply(unit)), segment.text().substring(m.start(), m.end()).strip()));
        }
    }

    private static boolean isBullet(Passage segment) {
        return Bullet.starts(segment.text());
    }

    private void ratios(Passage segment, String text) {
        Matcher m = RATIO.matcher(text);
        while (m.find()) {
            BigDecimal a = new BigDecimal(m.group("a"));
            BigDecimal b = new BigDecimal(m.group("b"));
            if (b.signum() == 0 || a.compareTo(b) > 0) {
                continue;
            }
            addPercent(segment, m.start(), m.end(), a, b, m.group("a") + "/" + m.group("b"), "", m.group("p"));
        }
    }

    private void partsOfBase(Passage segment, String text) {
        Matcher base = BASE.matcher(text);
        while (base.find()) {
            String unit = unitKey(base.group("unit"));
            BigDecimal whole = VietNumber.parse(base.group("b")).orElse(BigDecimal.ZERO);
            Matcher part = PART_OF_BASE.matcher(text);
            part.region(base.end(), text.length());
            while (part.find()) {
                if (!unitKey(part.group("unit")).equals(unit)) {
                    continue;
                }
                BigDecimal a = VietNumber.parse(part.group("a")).orElse(null);
                if (a == null || whole.signum() == 0 || a.compareTo(whole) >= 0) {
                    continue;
                }
                addPercent(segment, part.start(), part.end(), a, whole, part.group("a") + " " + part.group("unit"),
                        "tổng số " + base.group("b") + " " + base.group("unit"), part.group("p"));
            }
        }
    }

    private void addPercent(Passage segment, int start, int end, BigDecimal a, BigDecimal b, String partText,
            String baseText, String statedText) {
        BigDecimal stated = VietNumber.parse(statedText).orElse(null);
        if (stated == null) {
            return;
        }
        int decimals = VietNumber.decimals(statedText);
        BigDecimal computed = a.multiply(BigDecimal.valueOf(100)).divide(b, MathContext.DECIMAL64);
        double tolerance = Math.pow(10, -decimals) + 1e-9;
        Unit unit = segment.unitAt(start);
        percents.add(new PercentClaim(partText, baseText, statedText + "%", VietNumber.format(computed, Math.max(decimals, 1)) + "%",
                computed.subtract(stated).abs().doubleValue(), tolerance, unit.location(sectionOf.apply(unit)),
                segment.text().substring(start, end).strip()));
    }

    private void shares(Passage segment, String text) {
        Matcher start = SHARES_START.matcher(text);
        while (start.find()) {
            int end = sentenceEnd(text, start.end());
            Matcher p = PERCENT.matcher(text.substring(start.end(), end));
            List<String> written = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            while (p.find()) {
                written.add(p.group("p") + "%");
                sum = sum.add(VietNumber.parse(p.group("p")).orElse(BigDecimal.ZERO));
            }
            if (written.size() >= 2) {
                Unit unit = segment.unitAt(start.start());
                shares.add(new ShareList(sum.doubleValue(), String.join(" + ", written), VietNumber.format(sum) + "%",
                        unit.location(sectionOf.apply(unit)), segment.text().substring(start.start(), end).strip()));
            }
        }
    }

    private void counts(Passage segment, String text) {
        for (Pattern pattern : List.of(COUNTED_AS, COUNT_BEFORE)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                BigDecimal value = VietNumber.parse(m.group("n")).orElse(BigDecimal.ZERO);
                if (value.signum() > 0) {
                    addQuantity(segment, m.start(), m.end(), m.group("phrase"), value.doubleValue(), false);
                }
            }
        }
    }

    private void noneStatements(Passage segment, String text) {
        Matcher none = NONE.matcher(text);
        while (none.find()) {
            addQuantity(segment, none.start(), none.end(), none.group("phrase"), 0, true);
        }
    }

    private void addQuantity(Passage segment, int start, int end, String phrase, double value, boolean none) {
        String[] words = VietText.fold(phrase).split(" ");
        String key = String.join(" ", java.util.Arrays.copyOf(words, KEY_WORDS));
        Unit unit = segment.unitAt(start);
        String section = sectionOf.apply(unit);
        String top = section.contains(".") ? section.substring(0, section.indexOf('.')) : section;
        quantities.add(new QuantityStatement(key, phrase, value, none, top, unit.location(section),
                segment.text().substring(start, end).strip()));
    }

    private static List<Quantity> quantities(String text, int offset) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            if (m.group("unit").equals("%")) {
                continue;
            }
            BigDecimal value = VietNumber.parse(m.group("num")).orElse(null);
            if (value == null) {
                continue;
            }
            String written = m.group("num");
            String scale = m.group("scale") == null ? "" : m.group("scale");
            if (m.group("scale") != null) {
                value = value.multiply(BigDecimal.valueOf(VietNumber.scale(m.group("scale"))));
                written += " " + m.group("scale");
            }
            String next = m.group("next") == null ? "" : m.group("next");
            found.add(new Quantity(value, written, scale, unitKey(m.group("unit")), m.group("unit"), unitKey(next), next,
                    offset + m.start()));
        }
        return found;
    }

    /** The unit word as compared: lower case, new tone placement ({@code thoả} = {@code thỏa}); {@code hồ} ≠ {@code hộ}. */
    static String unitKey(String word) {
        return VietText.modernTones(word).toLowerCase(Locale.ROOT);
    }

    private static BigDecimal sum(List<Quantity> group) {
        return group.stream().map(q -> q.value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int clauseStart(String text, int before) {
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find() && end.end() <= before) {
            start = end.end();
        }
        for (char stop : new char[] {';', ':'}) {
            int at = text.lastIndexOf(stop, before - 1);
            if (at + 1 > start) {
                start = at + 1;
            }
        }
        return start;
    }

    private static int sentenceEnd(String text, int from) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find(from) ? end.start() : text.length();
    }

    private static String blankParentheses(String text) {
        Matcher m = PARENTHESES.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, " ".repeat(m.group().length()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A number with the word after it (its unit) and the word after that, which may complete the unit ("thỏa thuận"). */
    private record Quantity(BigDecimal value, String written, String scale, String unit, String unitWritten, String next,
            String nextWritten, int start) {
    }

    /** The sum in the writer's own scale ("1.950 triệu") when the total and every part use it. */
    private static String sumText(BigDecimal sum, Quantity total, List<Quantity> parts) {
        String scale = total.scale;
        if (!scale.isEmpty() && parts.stream().allMatch(p -> p.scale.equals(scale))) {
            return VietNumber.format(sum.divide(BigDecimal.valueOf(VietNumber.scale(scale)))) + " " + scale;
        }
        return VietNumber.format(sum);
    }

    /** "13 Thỏa thuận" when every part repeats the second word too, else "49 đoàn". */
    private static String unitName(Quantity total, List<Quantity> parts) {
        boolean shared = !total.next.isEmpty() && parts.stream().allMatch(p -> p.next.equals(total.next));
        return shared ? total.unitWritten + " " + total.nextWritten : total.unitWritten;
    }
}
