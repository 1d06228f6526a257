package vn.soat.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.Citation;
import vn.soat.model.Location;
import vn.soat.text.Regex;

/**
 * Finds cited documents: {@code TYPE (số) NUMSYM (, ngày DATE) (của ISSUER) (về SUBJECT)} as
 * docs/citations.md gives the grammar. Numbers listed together share the type, date, issuer and
 * subject written after the list ({@code Quyết định số 1053/QĐ-UBND, 1054/QĐ-UBND ngày 30/8/2025},
 * {@code Quyết định số 1053, 1054/QĐ-UBND}); they are different documents, marked as one list.
 */
final class CitationScanner {

    /** Type words as written, capitalised or not; case-sensitive so the scan stays fast on long reports. */
    static final String TYPES = "[Tt]hông tư liên tịch|[Cc]hương trình hành động|[Nn]ghị định|[Nn]ghị quyết|[Qq]uyết định"
            + "|[Cc]hỉ thị|[Tt]hông tư|[Kk]ết luận|[Qq]uy định|[Kk]ế hoạch|[Cc]ông văn|[Vv]ăn bản|[Bb]áo cáo|[Tt]ờ trình"
            + "|[Hh]ướng dẫn|[Tt]hông báo|[Cc]hương trình|[Cc]ông điện|[Đđ]ề án|[Ll]uật|[Đđ]iện";
    private static final String NUMSYM = CitationGrammar.NUMBER_SYMBOL;
    private static final String DATE = "(?<date>" + VietDate.PATTERN + ")";
    private static final Pattern CITATION = Pattern.compile("(?<![\\p{L}])(?<type>" + TYPES + ")\\s+(?:[Ss]ố\\s*:?\\s*)?"
            + "(?<bare>(?:\\d{1,6}\\s*(?:,|và)\\s*)+)?(?<numsym>" + NUMSYM + ")");
    /** One more number of the list: {@code , 1054/QĐ-UBND}, {@code và số 1055/QĐ-UBND ngày 30/8/2025}. */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*[,;]?\\s*(?:và\\s+)?(?:[Ss]ố\\s*:?\\s*)?(?<numsym>" + NUMSYM
            + ")(?:\\s*,?\\s*(?:ban hành\\s+)?[Nn]gày\\s+" + DATE + ")?");
    private static final Pattern DATED = Pattern.compile("\\s*,?\\s*(?:ban hành\\s+)?(?:cùng\\s+)?[Nn]gày\\s+" + DATE);
    /** The issuer runs to a verb or a preposition that starts what follows it, punctuation or a bracket. */
    private static final Pattern ISSUER = Regex.compile("\\s*,?\\s*của\\s+(?<issuer>[^,;.()“”\"]{2,90}?)(?=\\s+(?iu:về|v/v|tại"
            + "|ban hành|phê duyệt|quy định|hướng dẫn|triển khai|thực hiện|đã|đề nghị|yêu cầu|với|trong|gửi|xin|sửa đổi"
            + "|bổ sung|thí điểm|được|nêu|kèm theo|căn cứ)\\b|\\s*[,;.()“”\"]|\\s*$)");
    private static final Pattern SUBJECT = Regex.compile("\\s*,?\\s*(?:[Vv]ề việc|[Vv]ề|[Vv]/[Vv]|V/v|quy định|hướng dẫn"
            + "|ban hành|phê duyệt)\\b\\s*:?\\s*(?<subject>[^,;.()“”\"]{3,300})");
    /** Where a subject ends at the latest: the next citation or the next clause of a list of legal bases. */
    private static final Pattern SUBJECT_END = Pattern.compile("(?=[" + CitationStarts.INITIALS + "])(?<![\\p{L}])(?:" + TYPES + ")\\s+(?:[Ss]ố\\s*)?\\d"
            + "|\\s(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị)\\s");
    /** Only separators between two citations of one type: they are listed together. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;]?\\s*(?:và\\s+)?(?:các\\s+)?");

    /** "Ngày 05/6/2013, UBND tỉnh Thanh Hóa đã ra Quyết định số …": the date and issuer written before the citation. */
    private static final Pattern DATED_BEFORE = Pattern.compile(
            "[Nn]gày\\s+(?<date>" + VietDate.PATTERN + ")\\s*,\\s*(?<issuer>[^,.;:]{2,70}?)\\s+(?:đã\\s+)?(?:ký\\s+)?(?:ra|ban hành|ký|có)\\s*$");
    // Compiled once: each runs for every citation of a report.
    private static final Pattern TRAILING_HYPHEN = Pattern.compile("\\s*-\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,6}");
    private static final Pattern TRAILING_AND = Pattern.compile("[,\\s]*(?:và|,)?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern GLUED_NGAY = Pattern.compile("(?<=\\p{L})[Nn]gày$");
    private static final int LOOK_BACK = 120;
    private static final int SUBJECT_WORDS = 20;

    private CitationScanner() {
    }

    static List<Found> scan(Passage passage, Function<Unit, String> sectionOf) {
        String text = passage.text();
        List<Found> found = new ArrayList<>();
        Matcher m = CITATION.matcher(text).useTransparentBounds(true);
        CitationStarts starts = new CitationStarts(text);
        int previousEnd = -1;
        String previousType = "";
        int previousList = 0;
        int at = starts.next(0);
        while (at >= 0) {
            if (!m.region(at, text.length()).lookingAt()) {
                at = starts.next(at + 1);
                continue;
            }
            List<Item> items = items(m, text);
            Item last = items.get(items.size() - 1);
            int end = last.end();
            String sharedDate = "";
            Matcher dated = region(DATED, text, end);
            if (last.date().isEmpty() && dated.lookingAt()) {
                sharedDate = dated.group("date");
                end = dated.end();
            }
            String issuer = "";
            Matcher by = region(ISSUER, text, end);
            if (by.lookingAt()) {
                issuer = by.group("issuer");
                issuer = (issuer.indexOf('-') >= 0 ? TRAILING_HYPHEN.matcher(issuer).replaceFirst("") : issuer).strip();
                end = by.end();
            }
            Matcher about = region(SUBJECT, text, end);
            String subject = about.lookingAt() ? firstWords(about.group("subject")) : "";
            String type = capitalise(m.group("type"));
            boolean continuesList = previousEnd >= 0 && type.equals(previousType)
                    && SEPARATOR.matcher(text.substring(previousEnd, m.start())).matches();
            int list = continuesList ? previousList : items.size() > 1 ? m.start() + 1 : 0;
            if (continuesList && previousList == 0) {
                list = m.start() + 1;
                markLast(found, list);
            }
            String excerpt = text.substring(m.start(), end).strip();
            String following = sharedDate;
            List<Found> cited = new ArrayList<>();
            for (int i = items.size() - 1; i >= 0; i--) {
                Item item = items.get(i);
                String dateText = item.date().isEmpty() ? following : item.date();
                following = dateText;
                // Written once for the list, the date is judged once, at the number it follows.
                boolean shared = item.date().isEmpty() && !dateText.isEmpty() && i < items.size() - 1;
                int year = CitationGrammar.numberYear(item.numberSymbol());
                if (shared && year > 0 && year != VietDate.year(dateText)) {
                    // "Nghị định số 72/2015/NĐ-CP, 28/2021/NĐ-CP ngày 26/3/2021": the date belongs to the last one only.
                    dateText = "";
                    shared = false;
                }
                String itemIssuer = issuer;
                if (dateText.isEmpty() && items.size() == 1) {
                    Matcher before = DATED_BEFORE.matcher(text.substring(Math.max(0, m.start() - LOOK_BACK), m.start()));
                    if (before.find()) {
                        dateText = before.group("date");
                        itemIssuer = issuer.isEmpty() ? before.group("issuer").strip() : issuer;
                    }
                }
                Unit unit = passage.unitAt(item.start());
                cited.add(0, new Found(citation(type, item.numberSymbol(), item.written(), dateText, itemIssuer, subject, list,
                        unit.location(sectionOf.apply(unit)), excerpt), i == 0 ? m.start() : item.start(), end, shared));
            }
            found.addAll(cited);
            previousEnd = end;
            previousType = type;
            previousList = list;
            at = starts.next(Math.max(m.end(), end));
        }
        return found;
    }

    /** The numbers of one citation: bare numbers before the symbol, the symbol, then more listed after it. */
    private static List<Item> items(Matcher m, String text) {
        List<Item> items = new ArrayList<>();
        String numberSymbol = compact(m.group("numsym"));
        String suffix = NUMBER.matcher(numberSymbol).replaceFirst("");
        String rawSuffix = NUMBER.matcher(m.group("numsym")).replaceFirst("");
        if (m.group("bare") != null) {
            Matcher bare = BARE_NUMBER.matcher(m.group("bare"));
            while (bare.find()) {
                int at = m.start("bare") + bare.start();
                items.add(new Item(bare.group() + suffix, bare.group() + rawSuffix, "", at, at + bare.group().length()));
            }
        }
        int end = m.end();
        Matcher own = region(DATED, text, end);
        String date = "";
        if (own.lookingAt()) {
            date = own.group("date");
            end = own.end();
        }
        items.add(new Item(numberSymbol, m.group("numsym"), date, m.start("numsym"), end));
        Matcher more = region(LIST_ITEM, text, end);
        while (more.lookingAt()) {
            String itemDate = more.group("date") == null ? "" : more.group("date");
            items.add(new Item(compact(more.group("numsym")), more.group("numsym"), itemDate, more.start("numsym"),
                    more.end()));
            more = region(LIST_ITEM, text, more.end());
        }
        return items;
    }

    private static Citation citation(String type, String numberSymbol, String written, String dateText, String issuer,
            String subject, int list, Location location, String excerpt) {
        Optional<LocalDate> date = dateText.isEmpty() ? Optional.empty() : VietDate.parse(dateText);
        return new Citation(type, numberSymbol, dateText, !dateText.isEmpty(), date.isPresent(),
                date.map(LocalDate::toEpochDay).orElse(-1L), issuer, subject, CitationGrammar.numberYear(numberSymbol),
                VietDate.year(dateText), CitationGrammar.malformation(type, numberSymbol, written), list, false, true, false,
                location, excerpt);
    }

    /** The citation found just before, cited alone so far, turns out to open a list. */
    private static void markLast(List<Found> found, int list) {
        int i = found.size() - 1;
        Found f = found.get(i);
        Citation c = f.citation();
        found.set(i, new Found(new Citation(c.type(), c.numberSymbol(), c.dateText(), c.dated(), c.dateValid(),
                c.epochDay(), c.issuer(), c.subject(), c.numberYear(), c.dateYear(), c.malformation(), list,
                c.request(), c.firstMention(), c.restated(), c.location(), c.excerpt()), f.start(), f.end(), f.sharedDate()));
    }

    private static Matcher region(Pattern pattern, String text, int from) {
        return pattern.matcher(text).useTransparentBounds(true).region(from, text.length());
    }

    private static String firstWords(String subject) {
        Matcher end = SUBJECT_END.matcher(subject);
        String own = end.find() ? subject.substring(0, end.start()) : subject;
        String[] words = SPACES.split(withoutTrailingAnd(own.strip()));
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, SUBJECT_WORDS)));
    }

    /**
     * The text without its trailing {@code , và}: TRAILING_AND's first match, looked for only in the tail that can
     * hold it (commas, white space, "và" and a line end) instead of at every character of the subject.
     */
    private static String withoutTrailingAnd(String text) {
        int tail = text.length();
        while (tail > 0 && ",và \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(text.charAt(tail - 1)) >= 0) {
            tail--;
        }
        Matcher m = TRAILING_AND.matcher(text).region(tail, text.length());
        return m.find() ? text.substring(0, m.start()) + text.substring(m.end()) : text;
    }

    /** {@code 7253 /UBND-VP}: a space typed beside the slash is not part of the symbol. */
    private static String compact(String numberSymbol) {
        // "1033/PTM-SMEngày": a page glued the symbol to the word after it.
        return GLUED_NGAY.matcher(numberSymbol.replace(" ", "")).replaceFirst("");
    }

    private static String capitalise(String type) {
        return Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }

    /** One number of a citation; {@code written} as typed, spaces kept, for {@link CitationGrammar#malformation}. */
    private record Item(String numberSymbol, String written, String date, int start, int end) {
    }

    /**
     * A citation and where it sits in the passage, to the end of its date and issuer (shared by a
     * list); {@code sharedDate} when it takes the date written for a later number of its list.
     */
    record Found(Citation citation, int start, int end, boolean sharedDate) {
    }
}
