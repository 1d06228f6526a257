package vn.soat.request;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.extract.SourceLine;
import vn.soat.model.LetterItem;
import vn.soat.model.Location;
import vn.soat.text.VietText;
import vn.soat.text.Regex;

/**
 * The items a request letter asks for (docs/domain.md §7a), in the letter's own words, from the first of:
 * an attached đề cương or phụ lục (its Roman and Arabic headings: {@code I. KẾT QUẢ …}, {@code 1. Công tác
 * đoàn ra, đoàn vào}); the list after an ask ({@code báo cáo các nội dung sau:}, {@code gồm các nội dung
 * sau:}, {@code cụ thể như sau:}); or the object of a one-sentence ask ({@code đề nghị UBND các xã báo cáo
 * kết quả …, khó khăn, vướng mắc và đề xuất, kiến nghị, gửi về …}), split where a new topic word starts.
 */
final class LetterItems {

    private static final Pattern OUTLINE_START = Regex.compile("^(?:de cuong|phu luc|mau bao cao|noi dung bao cao)\\b");
    private static final int OUTLINE_TITLE_WORDS = 25;
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.)/]\\s*(.+)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s*(?!\\d)(.+)$");
    private static final Pattern ARABIC_SUB = Pattern.compile("^(\\d{1,2}\\.\\d{1,2})\\.?\\s+(.+)$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\s*\\)\\s*(.+)$");
    private static final Pattern BULLET = Pattern.compile("^([-+•*–])\\s*(.+)$");
    private static final Pattern ASK = Pattern.compile("(?:cac|nhung|mot so) noi dung(?: chu yeu| chinh| cu the)? (?:sau|nhu sau)"
            + "|gom(?: co)?(?: cac| nhung)? noi dung|noi dung (?:bao cao )?(?:gom|nhu sau|cu the)"
            + "|(?:cu the|nhu sau|sau day)\\s*:\\s*$");
    private static final Pattern ONE_SENTENCE_ASK = Regex.compile(
            "\\b(?:de nghi|yeu cau|giao|kinh de nghi|tran trong de nghi)\\b.{0,160}?\\b(?:bao cao|cho biet y kien ve|co y kien ve|gop y ve)\\s+");
    private static final Pattern ASK_END = Regex.compile(
            "\\s*(?:,\\s*)?\\b(?:gui ve|gui den|gui qua|gui cho|gui truoc|de tong hop|truoc ngay|cham nhat|ve (?:so|uy ban|ubnd|bo))\\b|[.;](?=\\s|$)");
    /**
     * Where a one-sentence ask turns to a new topic: "và" before any topic word, a comma or semicolon before
     * one that does not pair with the words before it ("khó khăn, vướng mắc", "đề xuất, kiến nghị",
     * "phương hướng, nhiệm vụ" stay one).
     */
    private static final String TOPICS = "ket qua|tinh hinh|kho khan|han che|ton tai|vuong mac|phuong huong|nhiem vu|de xuat"
            + "|kien nghi|giai phap|danh gia|ke hoach|du kien";
    private static final String PAIRED = "vuong mac|kien nghi|han che|nhiem vu|giai phap";
    private static final Pattern TOPIC_SPLIT = Regex.compile("\\s+va\\s+(?=(?:" + TOPICS + ")\\b)"
            + "|\\s*[,;]\\s+(?=(?:" + TOPICS + ")\\b)(?!(?:" + PAIRED + ")\\b)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;](?=\\s|$|\\p{Lu})");
    private static final Pattern TRAILING = Pattern.compile("[\\s;:,.]+$");
    /** A list line that ends its item; one that does not goes on, wrapped, on the next line. */
    private static final Pattern ENDS_ITEM = Pattern.compile("[.;:!?]\\s*$|\\.\\s*/\\s*\\.\\s*$");

    private LetterItems() {
    }

    static List<LetterItem> read(List<SourceLine> lines) {
        List<LetterItem> items = outline(lines);
        if (items.isEmpty()) {
            items = askedList(lines);
        }
        if (items.isEmpty()) {
            items = oneSentence(lines);
        }
        return items;
    }

    /** The headings of an attached đề cương: Roman items, with the Arabic ones under them. */
    private static List<LetterItem> outline(List<SourceLine> lines) {
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            String text = lines.get(i).text().strip();
            if (OUTLINE_START.matcher(VietText.fold(text)).find() && text.split("\\s+").length <= OUTLINE_TITLE_WORDS) {
                start = i + 1;
            }
        }
        List<LetterItem> items = new ArrayList<>();
        if (start < 0) {
            return items;
        }
        String roman = "";
        boolean anyRoman = lines.subList(start, lines.size()).stream().anyMatch(l -> ROMAN.matcher(l.text().strip()).matches());
        for (SourceLine line : lines.subList(start, lines.size())) {
            String text = line.text().strip();
            Matcher r = ROMAN.matcher(text);
            Matcher a = ARABIC.matcher(text);
            if (r.matches()) {
                roman = r.group(1);
                items.add(item(r.group(1), r.group(2), 1, "", line));
            } else if (a.matches() && (!anyRoman || !roman.isEmpty())) {
                items.add(item(a.group(1), a.group(2), anyRoman ? 2 : 1, roman, line));
            }
        }
        return items;
    }

    /** The marked lines after "báo cáo các nội dung sau:"; a second kind of mark is a level below the first. */
    private static List<LetterItem> askedList(List<SourceLine> lines) {
        List<LetterItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size() && items.isEmpty(); i++) {
            if (!ASK.matcher(VietText.fold(lines.get(i).text())).find()) {
                continue;
            }
            String topKind = "";
            String parent = "";
            for (int j = i + 1; j < lines.size(); j++) {
                String text = lines.get(j).text().strip();
                if (text.isEmpty()) {
                    continue;
                }
                Mark mark = mark(text);
                if (mark == null && !items.isEmpty() && !ENDS_ITEM.matcher(lines.get(j - 1).text()).find()
                        && !lines.get(j - 1).text().isBlank()) {
                    items.add(wrapped(items.remove(items.size() - 1), lines.get(j))); // a PDF line wrapped inside the item
                    continue;
                }
                if (mark == null) {
                    break;
                }
                if (topKind.isEmpty()) {
                    if (ASK.matcher(VietText.fold(text)).find()) {
                        break; // "có ý kiến như sau: 1. … theo các nội dung sau:": the list follows the inner ask
                    }
                    topKind = mark.kind();
                }
                if (mark.kind().equals(topKind)) {
                    parent = mark.label();
                    items.add(item(mark.label(), mark.words(), 1, "", lines.get(j)));
                } else {
                    items.add(item(mark.label(), mark.words(), 2, parent, lines.get(j)));
                }
            }
        }
        return items;
    }

    private record Mark(String kind, String label, String words) {
    }

    private static Mark mark(String text) {
        Matcher m;
        if ((m = ROMAN.matcher(text)).matches()) {
            return new Mark("roman", m.group(1), m.group(2));
        }
        if ((m = ARABIC_SUB.matcher(text)).matches()) {
            return new Mark("sub", m.group(1), m.group(2));
        }
        if ((m = ARABIC.matcher(text)).matches()) {
            return new Mark("arabic", m.group(1), m.group(2));
        }
        if ((m = LETTER.matcher(text)).matches()) {
            return new Mark("letter", m.group(1), m.group(2));
        }
        if ((m = BULLET.matcher(text)).matches()) {
            return new Mark("bullet-" + m.group(1), m.group(1), m.group(2));
        }
        return null;
    }

    /** "… đề nghị UBND các xã báo cáo X, Y và Z, gửi về …": X, Y and Z, each starting with a topic word. */
    private static List<LetterItem> oneSentence(List<SourceLine> lines) {
        List<LetterItem> items = new ArrayList<>();
        for (SourceLine line : lines) {
            String folded = VietText.foldInPlace(line.text());
            String lower = folded.toLowerCase(java.util.Locale.ROOT);
            Matcher ask = ONE_SENTENCE_ASK.matcher(lower);
            if (!ask.find()) {
                continue;
            }
            Matcher end = ASK_END.matcher(lower);
            int stop = end.find(ask.end()) ? end.start() : lower.length();
            Matcher sentence = SENTENCE_END.matcher(line.text());
            if (sentence.find(ask.end()) && sentence.start() < stop) {
                stop = sentence.start();
            }
            String object = line.text().substring(ask.end(), stop);
            String objectFolded = lower.substring(ask.end(), stop);
            Matcher split = TOPIC_SPLIT.matcher(objectFolded);
            int from = 0;
            while (split.find()) {
                addWords(items, object.substring(from, split.start()), line);
                from = split.end();
            }
            addWords(items, object.substring(from), line);
            if (!items.isEmpty()) {
                return items;
            }
        }
        return items;
    }

    private static void addWords(List<LetterItem> items, String words, SourceLine line) {
        if (words.strip().split("\\s+").length >= 2) {
            items.add(item(String.valueOf(items.size() + 1), words, 1, "", line));
        }
    }

    /** The item with the words of the line its text wrapped onto; still located at its first line. */
    private static LetterItem wrapped(LetterItem item, SourceLine next) {
        Location first = item.location();
        return new LetterItem(item.label(), TRAILING.matcher(item.words() + " " + next.text().strip()).replaceAll(""),
                item.level(), item.parentLabel(), new Location(first.page(), first.line(), "", first.start(), next.end()),
                item.excerpt() + " " + next.text().strip());
    }

    private static LetterItem item(String label, String words, int level, String parent, SourceLine line) {
        String clean = TRAILING.matcher(words.strip()).replaceAll("");
        if (VietText.isUpperCase(clean)) {
            clean = VietText.sentenceCase(clean);
        }
        clean = clean.isEmpty() ? clean : clean.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + clean.substring(1);
        return new LetterItem(label, clean, level, parent,
                new Location(line.page(), line.number(), "", line.start(), line.end()), line.text().strip());
    }
}
