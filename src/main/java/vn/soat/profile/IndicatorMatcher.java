package vn.soat.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.soat.numbers.VietNumber;
import vn.soat.profile.IndicatorText.Kind;
import vn.soat.profile.IndicatorText.Token;

/**
 * Where one passage states one indicator (docs/indicators.md, "How figures are read"): a number right before
 * the indicator's words ({@code 03 đoàn ra}); a number after them, with only light words between
 * ({@code Số lượng đoàn ra: 01 đoàn}, {@code Đoàn vào có 28 đoàn}) — for an amount, a few words and a
 * currency ({@code giá trị … viện trợ … đạt 1,6 triệu USD}); or none ({@code Không có đoàn ra},
 * {@code Đoàn ra: không có}). A number after {@code tăng}/{@code giảm} is a difference, one after
 * {@code dự kiến} a plan, one after {@code trong đó} or {@code gồm} that follows the indicator in the same
 * sentence a part of it: none of these is read. A phrase may also place the value itself: {@code {n}} is the
 * number read, {@code #} any other number ({@code đón # đoàn … với {n} lượt}).
 */
final class IndicatorMatcher {

    /** A reading at token {@code at}: value, unit as shown, exact or not. */
    record Match(int at, int from, int to, BigDecimal value, String unit, boolean exact) {
    }

        /** Syllables between "không có" and the indicator's words: {@code không có tổ chức và quản lý các thỏa thuận …}. */
    private static final int MAX_NONE_GAP = 6;
    /** Words after which a "không có" is about something else: {@code không có vướng mắc trong việc quản lý đoàn ra}. */
    private static final Set<String> NONE_BREAK = Set.of("trong", "ve", "viec", "nhung", "tuy", "do", "vi");
    private static final int MAX_AMOUNT_WORDS = 8;
    private static final Set<String> LIGHT = Set.of("la", "co", "dat", "voi", "cho", "tong", "so", "luong", "duoc",
            "tong so", "tong cong", "cong", "tat ca", "toan bo", "len", "toi", "den", "nhan");
    static final Set<String> SOFT_PUNCT = Set.of(",", "/", "-", "–", "(", ")");
    /** Words that open the parts of a figure just given: {@code 03 đoàn vào gồm 02 … và 01 …}. */
    private static final List<String> PARTS = List.of("trong do", "gom", "bao gom", "cu the");
    private static final List<String> APPROXIMATE = List.of("khoang", "gan", "hon", "tren", "uoc", "xap xi", "chung",
            "hang", "it nhat", "toi thieu", "tren duoi", "uoc tinh", "uoc dat");
    private static final List<String> NONE_AFTER = List.of("khong co", "chua co", "khong phat sinh", "chua phat sinh", "khong");
    private static final List<String> NONE_BEFORE = List.of("khong co", "chua co", "khong phat sinh", "khong to chuc",
            "chua to chuc", "khong ky ket", "chua ky ket", "khong tiep nhan", "chua tiep nhan", "khong cu", "khong don");

    private IndicatorMatcher() {
    }

    /**
     * Every reading of {@code spec} in the passage, one per number (or "none") read; {@code inItem} says the
     * passage lies in the section of the outline item that declares the indicator, where its
     * {@link IndicatorSpec#inItem} words count too.
     */
    static List<Match> in(IndicatorText text, IndicatorSpec spec, boolean inItem) {
        List<Match> candidates = new ArrayList<>();
        readings(text, spec, spec.words(), candidates);
        if (inItem) {
            readings(text, spec, spec.inItem(), candidates);
        }
        candidates.sort(java.util.Comparator.comparingInt(Match::at));
        List<Match> found = new ArrayList<>();
        candidates.forEach(m -> add(found, text, m));
        return found;
    }

    /** The readings of the spec through each of these phrases, added to {@code candidates}. */
    private static void readings(IndicatorText text, IndicatorSpec spec, List<String> phrases, List<Match> candidates) {
        for (String written : phrases) {
            List<String> phrase = IndicatorPhrase.words(written);
            if (phrase.isEmpty()) {
                continue;
            }
            for (int i : text.startsOf(phrase.get(0))) {
                IndicatorPhrase.Hit hit = IndicatorPhrase.matchAt(text, phrase, i);
                if (hit == null) {
                    continue;
                }
                if (hit.value() >= 0) {
                    reading(text, hit.value(), i, hit.end() - 1, defaultUnit(spec)).ifPresent(candidates::add);
                    continue;
                }
                numberBefore(text, spec, i, hit.end()).ifPresent(candidates::add);
                numberAfter(text, spec, i, hit.end()).ifPresent(candidates::add);
                noneAround(text, spec, i, hit.end()).ifPresent(candidates::add);
            }
        }
    }

    /**
     * A heading followed by nothing but "Không": 0 when the heading names the indicator anywhere
     * ({@code 2. Công tác quản lý các thỏa thuận quốc tế do địa phương ký kết.} / {@code (Không)}).
     */
    static Optional<Match> namedByHeadingWithNone(IndicatorText heading, IndicatorSpec spec) {
        for (String written : spec.words()) {
            List<String> phrase = IndicatorPhrase.words(written);
            if (phrase.contains(IndicatorPhrase.VALUE) || phrase.contains(IndicatorPhrase.ANY_NUMBER)) {
                continue;
            }
            for (int i = 0; i < heading.size(); i++) {
                IndicatorPhrase.Hit hit = IndicatorPhrase.matchAt(heading, phrase, i);
                if (hit != null) {
                    return Optional.of(new Match(i, 0, heading.size() - 1, BigDecimal.ZERO, defaultUnit(spec), true));
                }
            }
        }
        return Optional.empty();
    }

    private static String defaultUnit(IndicatorSpec spec) {
        return spec.units().keySet().iterator().next();
    }

    private static Optional<Match> numberBefore(IndicatorText text, IndicatorSpec spec, int i, int end) {
        if (spec.isAmount() || i == 0 || unitAt(text, spec, i).isEmpty()) {
            return Optional.empty();
        }
        return reading(text, i - 1, i - 1, end - 1, unitAt(text, spec, i).get().unit());
    }

    private static Optional<Match> numberAfter(IndicatorText text, IndicatorSpec spec, int i, int end) {
        int k = end;
        int words = 0;
        while (k < text.size() && text.at(k).kind() != Kind.NUMBER && text.at(k).kind() != Kind.RANGE) {
            Token t = text.at(k);
            boolean punct = t.kind() == Kind.PUNCT && (t.text().equals(":") || SOFT_PUNCT.contains(t.text()) && !t.text().equals(","));
            boolean word = t.kind() == Kind.WORD && (spec.isAmount() ? words < MAX_AMOUNT_WORDS
                    : LIGHT.contains(t.folded()) || approximateEndsAt(text, k));
            if (!punct && !word) {
                return Optional.empty();
            }
            words += word ? 1 : 0;
            k++;
        }
        if (k >= text.size() || (!spec.isAmount() && words > 3)) {
            return Optional.empty();
        }
        int after = k + 1;
        if (spec.isAmount() && after < text.size() && VietNumber.scale(text.at(after).text()) > 1) {
            after++;
        }
        Optional<UnitAt> unit = unitAt(text, spec, after);
        boolean nothingAfter = after >= text.size() || text.at(after).kind() == Kind.PUNCT;
        if (unit.isEmpty() && (spec.isAmount() || !nothingAfter)) {
            return Optional.empty();
        }
        String shown = unit.map(UnitAt::unit).orElse(defaultUnit(spec));
        return reading(text, k, i, unit.map(u -> u.end() - 1).orElse(k), shown);
    }

    /** {@code Không có đoàn ra}, {@code không tổ chức hội nghị, hội thảo quốc tế}, {@code Đoàn ra: không có}. */
    private static Optional<Match> noneAround(IndicatorText text, IndicatorSpec spec, int i, int end) {
        String unit = defaultUnit(spec);
        for (int back = i - 1, words = 0; back >= 0 && words <= MAX_NONE_GAP; back--) {
            Token t = text.at(back);
            if (t.kind() == Kind.PUNCT && !SOFT_PUNCT.contains(t.text()) || t.kind() == Kind.NUMBER
                    || NONE_BREAK.contains(t.folded())) {
                break;
            }
            for (String none : NONE_BEFORE) {
                int n = none.split(" ").length;
                if (back - n + 1 >= 0 && text.anyWord(back - n + 1, back + 1, none)) {
                    return Optional.of(new Match(back - n + 1, back - n + 1, end - 1, BigDecimal.ZERO, unit, true));
                }
            }
            words += t.kind() == Kind.WORD ? 1 : 0;
        }
        int k = end;
        boolean colon = false;
        while (k < text.size() && text.at(k).kind() == Kind.PUNCT && (text.at(k).text().equals(":") || SOFT_PUNCT.contains(text.at(k).text()))) {
            colon |= text.at(k).text().equals(":");
            k++;
        }
        if (colon && k < text.size()) {
            for (String none : NONE_AFTER) {
                int n = none.split(" ").length;
                if (text.anyWord(k, k + n, none)) {
                    return Optional.of(new Match(k, i, k + n - 1, BigDecimal.ZERO, unit, true));
                }
            }
        }
        return Optional.empty();
    }

    private record UnitAt(String unit, int end) {
    }

    /** The unit written at token {@code at} (one of the spec's unit words), with the index after it. */
    private static Optional<UnitAt> unitAt(IndicatorText text, IndicatorSpec spec, int at) {
        for (Map.Entry<String, List<String>> unit : spec.units().entrySet()) {
            for (String written : unit.getValue()) {
                IndicatorPhrase.Hit hit = at < text.size() ? IndicatorPhrase.matchAt(text, IndicatorPhrase.words(written), at) : null;
                if (hit != null && hit.end() > at) {
                    return Optional.of(new UnitAt(unit.getKey(), hit.end()));
                }
            }
        }
        return Optional.empty();
    }

    /** The number at {@code k} as a reading, unless a word before it makes it a difference or a plan. */
    private static Optional<Match> reading(IndicatorText text, int k, int from, int to, String unit) {
        Token number = text.at(k);
        if (number.kind() != Kind.NUMBER && number.kind() != Kind.RANGE) {
            return Optional.empty();
        }
        if (k > 0 && (text.at(k - 1).is("tang") || text.at(k - 1).is("giam") || text.at(k - 1).is("them"))
                || text.anyWord(k - 6, k, "du kien") || text.anyWord(k - 6, k, "se")) {
            return Optional.empty();
        }
        BigDecimal value = number.value();
        if (k + 1 < text.size() && VietNumber.scale(text.at(k + 1).text()) > 1) {
            value = value.multiply(BigDecimal.valueOf(VietNumber.scale(text.at(k + 1).text())));
        }
        boolean exact = number.kind() == Kind.NUMBER && !approximateEndsAt(text, k - 1);
        return Optional.of(new Match(k, Math.min(from, k), Math.max(to, k), value, unit, exact));
    }

    private static boolean approximateEndsAt(IndicatorText text, int k) {
        return APPROXIMATE.stream().anyMatch(word -> {
            int n = word.split(" ").length;
            return k - n + 1 >= 0 && text.anyWord(k - n + 1, k + 1, word);
        });
    }

    /** One reading per number; a number after "trong đó" that follows a reading in the same sentence is a part. */
    private static void add(List<Match> found, IndicatorText text, Match match) {
        if (found.stream().anyMatch(m -> m.at() == match.at())) {
            return;
        }
        for (Match earlier : found) {
            if (earlier.at() < match.at() && sameSentence(text, earlier.at(), match.at())
                    && PARTS.stream().anyMatch(part -> text.anyWord(earlier.at(), match.at(), part))) {
                return;
            }
        }
        found.add(match);
    }

    private static boolean sameSentence(IndicatorText text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.at(i).endsClause()) {
                return false;
            }
        }
        return true;
    }
}
