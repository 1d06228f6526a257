package vn.soat.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.Heading;
import vn.soat.model.Heading.Level;
import vn.soat.text.Roman;
import vn.soat.text.VietText;
import vn.soat.text.Regex;

/**
 * The numbered headings of the body: {@code I.}, {@code II.} (Roman) → {@code 1.}, {@code 2.} →
 * {@code a)}, {@code b)} in Vietnamese alphabet order (PL-I Mục II.6). Arabic numbering restarts
 * under each Roman heading, letters under each Arabic one.
 */
final class SectionParser {

    static final String LETTERS = "abcdđeghiklmnopqrstuvxy";
    /** "A. KẾT QUẢ …" (capitals only, so a lettered list is not taken for parts). */
    private static final Pattern LETTER_PART = Pattern.compile("^([A-H])\\s*[.):]\\s+(\\p{Lu}[\\p{Lu}\\d\\s,.;:/()-]*)$");
    /** "PHẦN I", "PHẦN A", "PHẦN THỨ NHẤT", "Phần thứ hai: …". */
    private static final Pattern NAMED_PART = Regex.compile(
            "^(?:PHẦN|Phần)\\s+(?:THỨ\\s+|thứ\\s+)?([IVX]{1,4}|[A-H]|\\d{1,2}|NHẤT|HAI|BA|TƯ|NĂM|SÁU|nhất|hai|ba|tư|năm|sáu)\\b\\s*[.:–-]?\\s*(.*)$");
    private static final java.util.List<String> PART_WORDS = java.util.List.of("nhat", "hai", "ba", "tu", "nam", "sau");
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.):]\\s*(\\p{Lu}.*)?$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*[.)](?![\\d/])\\s*(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s*(\\S.*)$");
    private static final int MAX_ARABIC = 40;
    /**
     * An amending document quotes the new text of an Điều or khoản (“1. …”): that numbering is the
     * amended document's, not this one's, so nothing inside the quotation is a heading.
     */
    /**
     * "Điều 3." and "Chương II" of a Quyết định, Nghị quyết or Thông tư: their khoản (1., 2.) and điểm
     * (a), b)) restart in each Điều, so each Điều and Chương is a new parent for the numbering.
     */
    private static final Pattern ARTICLE = Regex.compile("^[“\"'‘]?Điều\\s+(\\d+[a-z]?)\\b", Pattern.UNICODE_CASE);
    private static final Pattern OPENING_QUOTE = Pattern.compile("^[“\"]\\s*(Điều\\s+\\d|\\d{1,2}\\s*[.)]|[a-zđ]\\))");
    /** A quotation never closed does not swallow the rest of the document. */
    private static final int MAX_QUOTED_UNITS = 80;
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[”\"]\\s*[.;,]?\\s*$");
    private static final Pattern CHAPTER = Regex.compile("^(?:Chương|CHƯƠNG)\\s+([IVXLC]+|\\d+)\\b");

    private SectionParser() {
    }

    static List<Heading> parse(List<Unit> units, int from, int to, SectionIndex index) {
        List<Heading> headings = new ArrayList<>();
        Map<String, List<Heading>> siblings = new HashMap<>();
        String part = "";
        String roman = "";
        String arabic = "";
        String current = "";
        String[] outside = null;
        int quoteStart = 0;
        for (int i = from; i < to; i++) {
            Unit unit = units.get(i);
            String stripped = unit.text().strip();
            // An amending document quotes the new text of an Điều or khoản (“1. …”): that numbering is the
            // amended document's, so nothing inside the quotation is one of this document's headings.
            if (outside == null && OPENING_QUOTE.matcher(stripped).lookingAt()) {
                outside = new String[] {part, roman, arabic, current};
                quoteStart = i;
            }
            boolean closesQuote = outside != null
                    && (CLOSING_QUOTE.matcher(stripped).find() || i - quoteStart >= MAX_QUOTED_UNITS);
            Matcher article = ARTICLE.matcher(unit.text().strip());
            Matcher chapter = CHAPTER.matcher(unit.text().strip());
            if (article.lookingAt() || chapter.lookingAt()) {
                String boundary = article.lookingAt() ? "Điều " + article.group(1) : "Chương " + chapter.group(1);
                if (chapter.lookingAt()) {
                    part = boundary;
                }
                roman = article.lookingAt() ? boundary : "";
                arabic = "";
                index.set(i, current);
                if (closesQuote) {
                    part = outside[0];
                    roman = outside[1];
                    arabic = outside[2];
                    outside = null;
                }
                continue;
            }
            Candidate c = outside != null ? null : candidate(unit.text());
            if (c != null) {
                String parent = switch (c.level) {
                    case PART -> "";
                    case ROMAN -> part;
                    case ARABIC -> roman;
                    case LETTER -> arabic;
                };
                if (c.level == Level.LETTER && arabic.isEmpty()) {
                    c = null;
                } else {
                    String path = parent.isEmpty() ? c.label : parent + "." + c.label;
                    List<Heading> group = siblings.computeIfAbsent(c.level + "@" + parent, k -> new ArrayList<>());
                    Heading previous = group.isEmpty() ? null : group.get(group.size() - 1);
                    Heading heading = heading(c, group.size() + 1, previous, unit.location(path), unit.text());
                    group.add(heading);
                    headings.add(heading);
                    switch (c.level) {
                        case PART -> {
                            part = c.label;
                            roman = "";
                            arabic = "";
                        }
                        case ROMAN -> {
                            roman = path;
                            arabic = "";
                        }
                        case ARABIC -> arabic = path;
                        case LETTER -> { }
                    }
                    current = path;
                    index.markHeading(i);
                }
            }
            index.set(i, current);
            if (closesQuote) {
                part = outside[0];
                roman = outside[1];
                arabic = outside[2];
                current = outside[3];
                outside = null;
            }
        }
        return headings;
    }

    private static Heading heading(Candidate c, int position, Heading previous, vn.soat.model.Location location,
            String excerpt) {
        int previousOrdinal = previous == null ? 0 : previous.ordinal();
        // đ is often left out of lettered lists (… d, e …); that is not a skip.
        if (c.level == Level.LETTER && previous != null && previous.label().equals("d") && c.label.equals("e")) {
            previousOrdinal = LETTERS.indexOf('đ') + 1;
        }
        String previousLabel = previous == null ? "" : previous.label();
        return new Heading(c.level, c.label, c.ordinal, c.title, position, previousOrdinal, previousLabel,
                label(c.level, previousOrdinal + 1), location, excerpt);
    }

    private static Candidate candidate(String text) {
        Matcher named = NAMED_PART.matcher(text);
        if (named.matches()) {
            String label = named.group(1);
            return new Candidate(Level.PART, label, partOrdinal(label), named.group(2));
        }
        Matcher part = LETTER_PART.matcher(text);
        if (part.matches()) {
            return new Candidate(Level.PART, part.group(1), part.group(1).charAt(0) - 'A' + 1, part.group(2));
        }
        Matcher m = ROMAN.matcher(text);
        if (m.matches()) {
            int value = Roman.value(m.group(1));
            if (value > 0 && value <= 20) {
                return new Candidate(Level.ROMAN, m.group(1), value, m.group(2) == null ? "" : m.group(2));
            }
        }
        m = ARABIC.matcher(text);
        if (m.matches()) {
            int value = Integer.parseInt(m.group(1));
            if (value >= 1 && value <= MAX_ARABIC && Character.isLetter(m.group(2).codePointAt(0))) {
                return new Candidate(Level.ARABIC, m.group(1), value, m.group(2));
            }
        }
        m = LETTER.matcher(text);
        if (m.matches() && LETTERS.indexOf(m.group(1)) >= 0) {
            return new Candidate(Level.LETTER, m.group(1), LETTERS.indexOf(m.group(1)) + 1, m.group(2));
        }
        return null;
    }

    private static int partOrdinal(String label) {
        if (label.matches("\\d+")) {
            return Integer.parseInt(label);
        }
        if (Roman.value(label) > 0) {
            return Roman.value(label);
        }
        int word = PART_WORDS.indexOf(VietText.fold(label));
        return word >= 0 ? word + 1 : label.charAt(0) - 'A' + 1;
    }

    static String label(Level level, int ordinal) {
        return switch (level) {
            case PART -> ordinal >= 1 && ordinal <= 26 ? String.valueOf((char) ('A' + ordinal - 1)) : "?";
            case ROMAN -> Roman.of(ordinal);
            case ARABIC -> Integer.toString(ordinal);
            case LETTER -> ordinal >= 1 && ordinal <= LETTERS.length() ? LETTERS.substring(ordinal - 1, ordinal) : "?";
        };
    }

    private record Candidate(Level level, String label, int ordinal, String title) {
    }
}
