package vn.soat.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.Location;
import vn.soat.text.VietText;
import vn.soat.profile.ItemVocabulary.Match;
import vn.soat.profile.Syllables.Syllable;
import vn.soat.text.Regex;

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
    /** Syllables (after stop words) that may stand before the item in a clause that is about it. */
    private static final int OPENING = 1;
    private static final int MAX_LABEL = 16;
    private static final int NEGATION_REACH = 5;
    private static final Set<String> NEGATIONS = Set.of("khong", "chua");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?](?=\\s|$)|\\s[–-]\\s");
    private static final Pattern LIST_MARK = Pattern.compile(
            "^\\s*(?:[-+*•–]|[IVX]{1,5}\\s*[.):]|\\d{1,2}(?:\\.\\d{1,2})*\\s*[.)](?!\\d)|[a-zđ]\\))\\s*");

    private final ItemVocabulary vocabulary;
    /** What each text read for one report says: the results section is read twice (items, then sub-items). */
    private final Map<String, Read> reads;

    /** A text's words and the items they name (only those can be found in it). */
    private record Read(ItemVocabulary.Words words, Set<ProfileItem> named) {
    }

    EvidenceReader(ItemVocabulary vocabulary) {
        this(vocabulary, null);
    }

    private EvidenceReader(ItemVocabulary vocabulary, Map<String, Read> reads) {
        this.vocabulary = vocabulary;
        this.reads = reads;
    }

    /** A reader for one report, remembering the words of what it reads; not for sharing between threads. */
    EvidenceReader forOneReport() {
        return new EvidenceReader(vocabulary, new HashMap<>());
    }

    private Read read(String text) {
        return reads == null ? readOf(text) : reads.computeIfAbsent(text, this::readOf);
    }

    private Read readOf(String text) {
        ItemVocabulary.Words words = ItemVocabulary.Words.of(Syllables.of(text));
        return new Read(words, vocabulary.named(words));
    }

    /**
     * What a heading says about each of the items. {@code others} (the sub-items, when the items are
     * the top level) compete for the heading without being reported: "Công tác thông tin đối ngoại,
     * lãnh sự …" names a sub-item first, so it does not also cover the results by its "đối ngoại".
     * On an equal start an item beats an {@code other}. A heading's title ends at its colon.
     */
    List<Evidence> heading(List<ProfileItem> items, List<ProfileItem> others, String text, Location at, int rank) {
        int colon = text.indexOf(": ");
        Read read = read(stripMark(colon < 0 ? text : text.substring(0, colon)));
        ItemVocabulary.Words words = read.words();
        List<Syllable> syllables = words.syllables();
        List<Match> matches = new ArrayList<>(items.size());
        Match first = null;
        boolean firstIsItem = false;
        Set<ProfileItem> named = read.named();
        for (ProfileItem item : items) {
            if (!named.contains(item)) {
                continue;
            }
            Match m = vocabulary.match(item, words);
            matches.add(m);
            if (m.recall() >= COVER && (first == null || comesFirst(m, true, first, firstIsItem))) {
                first = m;
                firstIsItem = true;
            }
        }
        for (ProfileItem other : others) {
            if (!named.contains(other)) {
                continue;
            }
            Match m = vocabulary.match(other, words);
            boolean isItem = items.contains(other);
            if (m.recall() >= COVER && (first == null || comesFirst(m, isItem, first, firstIsItem))) {
                first = m;
                firstIsItem = isItem;
            }
        }
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

    /** The earlier start; on the same start an item before an {@code other}, then the more weight. */
    private static boolean comesFirst(Match a, boolean aIsItem, Match b, boolean bIsItem) {
        if (a.start() != b.start()) {
            return a.start() < b.start();
        }
        if (aIsItem != bIsItem) {
            return aIsItem;
        }
        return Double.compare(b.weight(), a.weight()) < 0;
    }

    /**
     * What a passage says about each of the items. A clause before a colon is a label ("Công tác lãnh
     * sự: …"); other clauses must open with the item or deny it. Clauses about the report itself
     * ("Trên đây là báo cáo …", "… về việc báo cáo …") are skipped when {@code skipReportClauses}.
     */
    List<Evidence> passage(List<ProfileItem> items, String text, Location at, boolean skipReportClauses) {
        List<Evidence> out = new ArrayList<>();
        String body = stripMark(text);
        Matcher end = CLAUSE_END.matcher(body);
        int from = 0;
        while (from < body.length()) {
            boolean found = end.find();
            int to = found ? end.start() : body.length();
            boolean label = found && body.charAt(end.start()) == ':';
            judgeClause(items, body.substring(from, to), label, at, text, skipReportClauses, out);
            from = found ? end.end() : body.length();
        }
        return out;
    }

    private void judgeClause(List<ProfileItem> items, String clause, boolean label, Location at, String text,
            boolean skipReportClauses, List<Evidence> out) {
        Read read = read(clause);
        ItemVocabulary.Words words = read.words();
        List<Syllable> syllables = words.syllables();
        if (syllables.isEmpty() || (skipReportClauses && aboutTheReport(syllables))) {
            return;
        }
        boolean shortLabel = label && syllables.size() <= MAX_LABEL;
        Set<ProfileItem> named = read.named();
        for (ProfileItem item : items) {
            if (!named.contains(item)) {
                continue;
            }
            Match m = vocabulary.match(item, words);
            if (m.recall() >= COVER) {
                boolean covers = shortLabel || m.start() <= OPENING || negated(syllables, m.start())
                        || counted(clause, syllables, m);
                out.add(new Evidence(item, covers, m.recall(), false, Evidence.PASSAGE, text, at));
            }
        }
    }

    static String stripMark(String text) {
        return LIST_MARK.matcher(text).replaceFirst("");
    }

    /** The cores of the two matches do not overlap and a comma, slash or "và" stands between them. */
    private static boolean joined(List<Syllable> syllables, Match a, Match b) {
        Match earlier = a.coreStart() <= b.coreStart() ? a : b;
        Match later = earlier == a ? b : a;
        if (later.coreStart() <= earlier.coreEnd()) {
            return false;
        }
        for (int i = earlier.coreEnd() + 1; i <= later.coreStart(); i++) {
            if (syllables.get(i).joined()) {
                return true;
            }
        }
        return false;
    }

    /** "Tỉnh đã cử 07 đoàn ra và đón 11 đoàn vào": a count of the item answers it, wherever it stands. */
    private static boolean counted(String clause, List<Syllable> syllables, Match m) {
        if (m.coreStart() < 0 || m.coreStart() >= syllables.size()) {
            return false;
        }
        if (COUNTS.size() > MAX_REMEMBERED) {
            COUNTS.clear();
        }
        return COUNTS.computeIfAbsent(syllables.get(m.coreStart()).folded(), EvidenceReader::countOf)
                .matcher(VietText.fold(clause)).find();
    }

    /** A count of a core syllable, by that syllable: a core is one of the outlines' words, a few hundred. */
    private static final Map<String, Pattern> COUNTS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;

    private static Pattern countOf(String core) {
        return Regex.compile("(?<![\\d.,/])\\d{1,4}\\s+(?:luot\\s+)?" + Pattern.quote(core) + "\\b");
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
