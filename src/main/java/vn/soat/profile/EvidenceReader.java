package vn.soat.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.soat.model.Location;
import vn.soat.profile.ItemVocabulary.Match;
import vn.soat.profile.Syllables.Syllable;

/**
 * Reads one heading or one passage against sibling items of an outline (rules/profiles/README.md).
 * A heading covers the item it names first (Vietnamese puts the head word first: "Kết quả thực hiện
 * nhiệm vụ" is about results) and any item joined to it by {@code và} or a comma. A passage covers an
 * item when a clause opens with it ("Công tác lãnh sự: không phát sinh") or answers it with nothing
 * ("không tổ chức hội nghị, hội thảo quốc tế"); a mention in passing only makes the item uncertain.
 */
final class EvidenceReader {

    /** Share of an item's weighted syllables and pairs a text must hold to speak of it. */
    static final double COVER = 0.75;
    /** Below this, a partial match is no evidence at all. */
    static final double SOME = 0.5;
    /** A second item in one heading must weigh at least this share of the first. */
    private static final double SECOND_ITEM = 0.4;
    private static final int OPENING = 2;
    private static final int NEGATION_REACH = 5;
    private static final Set<String> NEGATIONS = Set.of("khong", "chua");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?](?=\\s|$)|\\s[–-]\\s");
    private static final Pattern LIST_MARK = Pattern.compile(
            "^\\s*(?:[-+*•–]|[IVX]{1,5}\\s*[.):]|\\d{1,2}(?:\\.\\d{1,2})*\\s*[.)](?!\\d)|[a-zđ]\\))\\s*");

    private final ItemVocabulary vocabulary;

    EvidenceReader(ItemVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** What a heading says about each of the sibling items. */
    List<Evidence> heading(List<ProfileItem> items, String text, Location at, int rank) {
        List<Syllable> syllables = Syllables.of(stripMark(text));
        List<Match> matches = items.stream().map(i -> vocabulary.match(i, syllables)).toList();
        Match first = matches.stream().filter(m -> m.recall() >= COVER)
                .min(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingDouble(Match::weight).reversed()))
                .orElse(null);
        List<Evidence> out = new ArrayList<>();
        for (Match m : matches) {
            boolean covers = m == first || (first != null && m.recall() >= COVER && m.weight() >= SECOND_ITEM * first.weight()
                    && joined(syllables, first, m));
            if (covers || m.recall() >= SOME) {
                out.add(new Evidence(m.item(), covers, m.recall(), true, rank, text, at));
            }
        }
        return out;
    }

    /** What a passage says about each of the items; {@code aboutTheReport} clauses ("Trên đây là báo cáo …") are skipped. */
    List<Evidence> passage(List<ProfileItem> items, String text, Location at, boolean skipReportClauses) {
        List<Evidence> out = new ArrayList<>();
        for (String clause : CLAUSE_END.split(stripMark(text))) {
            List<Syllable> syllables = Syllables.of(clause);
            if (syllables.isEmpty() || (skipReportClauses && aboutTheReport(syllables))) {
                continue;
            }
            for (ProfileItem item : items) {
                Match m = vocabulary.match(item, syllables);
                if (m.recall() >= COVER) {
                    boolean covers = m.start() <= OPENING || negated(syllables, m.start());
                    out.add(new Evidence(item, covers, m.recall(), false, Evidence.PASSAGE, text, at));
                }
            }
        }
        return out;
    }

    static String stripMark(String text) {
        return LIST_MARK.matcher(text).replaceFirst("");
    }

    /** The two matches do not overlap and a comma, slash or "và" stands between them. */
    private static boolean joined(List<Syllable> syllables, Match a, Match b) {
        Match earlier = a.start() <= b.start() ? a : b;
        Match later = earlier == a ? b : a;
        if (later.start() <= earlier.end()) {
            return false;
        }
        for (int i = earlier.end() + 1; i <= later.start(); i++) {
            if (syllables.get(i).joined()) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(List<Syllable> syllables, int start) {
        for (int i = Math.max(0, start - NEGATION_REACH); i < start; i++) {
            if (NEGATIONS.contains(syllables.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean aboutTheReport(List<Syllable> syllables) {
        for (int i = 0; i + 1 < syllables.size(); i++) {
            if (syllables.get(i).folded().equals("bao") && syllables.get(i + 1).folded().equals("cao")) {
                return true;
            }
        }
        return false;
    }
}
