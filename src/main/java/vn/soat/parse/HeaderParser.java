package vn.soat.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.DocumentDate;
import vn.soat.model.DocumentNumber;
import vn.soat.model.HeaderIssuer;
import vn.soat.model.NationalMotto;
import vn.soat.model.NationalName;
import vn.soat.text.Chars;
import vn.soat.text.VietText;

/** The header above the title: issuer, Quốc hiệu, Tiêu ngữ, {@code Số:} line, place and date (PL-I Mục II.1–5). */
final class HeaderParser {

    static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String NAME_FOLDED = VietText.fold(NATIONAL_NAME);
    private static final String MOTTO_FOLDED = VietText.fold(NATIONAL_MOTTO);
    static final Pattern NUMBER_LINE = Pattern.compile("^S[ốỐ]\\s*[:.]?\\s*(.*)$");
    /** Number, then (legal normative documents) the year: {@code 15/2010/QĐ-UBND}; the rest is the symbol. */
    private static final Pattern NUMBER_PARTS = Pattern.compile("^(\\d*(?:\\.\\d+)?)\\s*(?:/\\s*((?:19|20)\\d{2})\\s*(?=/))?(.*)$");
    /** {@code 05/BC-UBND}, {@code 15/2010/QĐ-UBND}; with a year, one group suffices ({@code 80/2025/UBTVQH15}, {@code 70/2020/QH14}). */
    private static final Pattern WELL_FORMED = Pattern.compile(
            "^\\d*(\\.\\d+)?(/\\d{4}/[\\p{Lu}][\\p{L}\\d&]*(-[\\p{L}\\d&]+)*|/[\\p{Lu}][\\p{L}\\d&]*(-[\\p{L}\\d&]+)+)$");
    /** The blank e-office leaves for the number it stamps: {@code Số: 181        /BC-SNV}. */
    private static final Pattern STAMP_GAP = Pattern.compile("^(\\d*)\\s+/");
    static final Pattern DATE_LINE = Pattern.compile(
            "(?<place>(?<![\\p{L}\\d/-])\\p{Lu}[\\p{L}.]*(?:[ -]\\p{L}[\\p{L}.]*){0,5}?)\\s*,\\s*ngày\\s*(?<d>\\d*)[\\s.…_]*tháng\\s*(?<m>\\d*)[\\s.…_]*năm\\s*(?<y>\\d*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A date line that names no place: {@code Ngày 8 tháng 12 năm 2025}. */
    private static final Pattern PLACELESS_DATE = Pattern.compile(
            "^ngày\\s*(?<d>\\d*)[\\s.…_]*tháng\\s*(?<m>\\d*)[\\s.…_]*năm\\s*(?<y>\\d*)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACED_MOTTO = Pattern.compile(
            "^độc lập\\s+[-–]\\s+tự do\\s+[-–]\\s+hạnh phúc$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Table-cell separators a web page left at either end of a header line ({@code | Độc lập - …}). */
    private static final Pattern CELL_EDGES = Pattern.compile("^[\\s|]+|[\\s|]+$");

    private final IssuerCatalogue issuers;
    private final DocumentTypes types;

    Optional<NationalName> nationalName = Optional.empty();
    Optional<NationalMotto> nationalMotto = Optional.empty();
    Optional<DocumentNumber> number = Optional.empty();
    Optional<DocumentDate> date = Optional.empty();
    Optional<HeaderIssuer> issuer = Optional.empty();

    HeaderParser(IssuerCatalogue issuers, DocumentTypes types) {
        this.issuers = issuers;
        this.types = types;
    }

    void parse(List<Unit> header) {
        List<Unit> issuerLines = new ArrayList<>();
        for (Unit unit : BrokenHeaderLines.rejoin(splitColumns(BrokenHeaderLines.cells(header)))) {
            String text = unit.text();
            String folded = unit.folded();
            if (unit.isBlank() || !text.matches(".*\\p{L}.*")) {
                continue;
            }
            if (nationalName.isEmpty() && looksLike(folded, NAME_FOLDED, "cong hoa")) {
                String canonical = VietText.modernTones(text).toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
                nationalName = Optional.of(new NationalName(text, canonical.equals(NATIONAL_NAME), unit.location(""), text));
            } else if (nationalMotto.isEmpty() && looksLike(folded, MOTTO_FOLDED, "doc lap")) {
                nationalMotto = Optional.of(motto(unit));
            } else if (NUMBER_LINE.matcher(text).matches() && (number.isEmpty() || isStampNumber(number.get()))) {
                // A received stamp ("ĐẾN / Số: 1234 / Ngày: …") may sit above the header: its number has no symbol.
                DocumentNumber found = number(unit);
                if (number.isEmpty() || found.text().matches("\\d*\\s*/.*-.*")) {
                    number = Optional.of(found);
                }
            } else if (date.isEmpty() && (DATE_LINE.matcher(text).find() || PLACELESS_DATE.matcher(text.strip()).matches())) {
                date = Optional.of(date(unit));
            } else if (VietText.isUpperCase(text) && (text.strip().split("\\s+").length >= 2 || !issuerLines.isEmpty())
                    && !folded.startsWith("kinh gui") && !folded.startsWith("v/v")) {
                issuerLines.add(unit);
            }
        }
        if (!issuerLines.isEmpty()) {
            issuer = Optional.of(issuer(issuerLines));
        }
    }

    /**
     * PDF puts the two header columns on one line when the gap between them is narrow
     * ("UBND HUYỆN ĐỊNH HÓA CỘNG HÒA XÃ HỘI …", "Số: 52/BC-UBND Phú Đình, ngày …"); cut such a line
     * where the right column starts: the Quốc hiệu, the Tiêu ngữ, or the place-and-date.
     */
    private static List<Unit> splitColumns(List<Unit> header) {
        List<Unit> units = new ArrayList<>();
        for (Unit unit : header) {
            int at = rightColumnStart(unit.text());
            if (at > 0 && !unit.text().substring(0, at).isBlank()) {
                int cut = unit.start() + at;
                units.add(Unit.of(unit.index(), unit.text().substring(0, at).strip(), unit.line(), unit.page(), unit.start(), cut));
                units.add(Unit.of(unit.index(), unit.text().substring(at).strip(), unit.line(), unit.page(), cut, unit.end()));
            } else {
                units.add(unit);
            }
        }
        return units;
    }

    private static int rightColumnStart(String text) {
        String folded = VietText.foldInPlace(text);
        for (String marker : new String[] {"cong hoa xa hoi", "doc lap"}) {
            int at = folded.indexOf(marker);
            if (at > 0) {
                return at;
            }
        }
        if (NUMBER_LINE.matcher(text).matches()) {
            Matcher date = DATE_LINE.matcher(text);
            if (date.find()) {
                return date.start("place");
            }
        }
        return -1;
    }

    /** Contains the key words, or is close enough to the fixed wording to be a misspelling of it. */
    private static boolean looksLike(String folded, String expected, String keyWords) {
        String letters = folded.replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        String bareExpected = expected.replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        return letters.contains(keyWords)
                || (Math.abs(letters.length() - bareExpected.length()) <= 8 && VietText.similarity(letters, bareExpected) >= 0.75);
    }

    /** A line of the header's right column or its number line, which can arrive between summary lines. */
    static boolean isHeaderLine(Unit unit) {
        String text = mayHaveCellEdges(unit.text()) ? CELL_EDGES.matcher(unit.text()).replaceAll("") : unit.text();
        String folded = VietText.fold(text);
        return NUMBER_LINE.matcher(text).matches() || DATE_LINE.matcher(text).find()
                || folded.startsWith("cong hoa xa hoi") || folded.startsWith("doc lap");
    }

    /** Whether CELL_EDGES can match: an edge character first or last, or a line terminator its {@code $} stops before. */
    private static boolean mayHaveCellEdges(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return isCellEdge(text.charAt(0)) || isCellEdge(last) || last == '\u0085' || last == '\u2028' || last == '\u2029';
    }

    private static boolean isCellEdge(char c) {
        return c == '|' || Chars.isRegexSpace(c);
    }

    private static NationalMotto motto(Unit unit) {
        String text = unit.text().replaceAll("\\s+", " ").strip();
        String words = VietText.modernTones(text).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L} ]", " ")
                .replaceAll("\\s+", " ").strip();
        boolean correct = words.equals("độc lập tự do hạnh phúc");
        // Only the letters decide the case: a text layer that lost the hyphens ("Độc lập  Tự do  Hạnh phúc") is not capitalised.
        String letters = VietText.modernTones(text).replaceAll("[^\\p{L}]+", " ").strip();
        boolean capitalised = correct && !letters.equals(NATIONAL_MOTTO.replaceAll("[^\\p{L}]+", " "));
        boolean enDashes = text.contains("–") || text.contains("—");
        return new NationalMotto(text, correct, SPACED_MOTTO.matcher(text).matches(), enDashes, capitalised,
                unit.location(""), text);
    }

    private static boolean isStampNumber(DocumentNumber number) {
        return !number.number().isEmpty() && !number.symbol().contains("-");
    }

    private DocumentNumber number(Unit unit) {
        Matcher line = NUMBER_LINE.matcher(unit.text());
        line.matches();
        String rest = line.group(1).strip();
        Matcher parts = NUMBER_PARTS.matcher(rest);
        parts.matches();
        String number = parts.group(1);
        String year = parts.group(2) == null ? "" : parts.group(2);
        String afterNumber = parts.group(3).strip();
        String symbol = afterNumber.startsWith("/") ? afterNumber.substring(1).strip() : afterNumber;
        boolean wellFormed = WELL_FORMED.matcher(STAMP_GAP.matcher(rest).replaceFirst("$1/")).matches();
        String firstGroup = symbol.split("[-/\\s]", 2)[0];
        String typeCode = types.byCode(firstGroup).filter(t -> !t.code().equals(DocumentTypes.LETTER))
                .map(t -> firstGroup).orElse("");
        return new DocumentNumber(rest, number, year, symbol, wellFormed, typeCode, unit.location(""), unit.text());
    }

    private static DocumentDate date(Unit unit) {
        Matcher m = DATE_LINE.matcher(unit.text());
        if (!m.find()) {
            m = PLACELESS_DATE.matcher(unit.text().strip());
            m.matches();
        }
        String day = m.group("d");
        String month = m.group("m");
        String year = m.group("y");
        boolean complete = !day.isEmpty() && !month.isEmpty() && year.length() == 4;
        Optional<LocalDate> parsed = complete ? VietDate.of(day, month, year) : Optional.empty();
        String display = complete ? day + "/" + month + "/" + year : "";
        String place = m.pattern() == PLACELESS_DATE ? "" : m.group("place").strip();
        return new DocumentDate(place, day, month, year, complete, parsed.isPresent(),
                parsed.map(LocalDate::toEpochDay).orElse(-1L), display,
                parsed.isPresent() ? styleProblem(day, month) : "", unit.location(""), m.group().strip());
    }

    /** PL-I Mục II.4: days 1–9 and months 1–2 take a leading zero; months 3–12 do not. */
    private static String styleProblem(String day, String month) {
        int d = Integer.parseInt(day);
        int m = Integer.parseInt(month);
        List<String> problems = new ArrayList<>();
        if (d < 10 && day.length() == 1) {
            problems.add("ngày " + day + " → ngày 0" + day);
        }
        if (m <= 2 && month.length() == 1) {
            problems.add("tháng " + month + " → tháng 0" + month);
        }
        if (m >= 3 && month.startsWith("0")) {
            problems.add("tháng " + month + " → tháng " + m);
        }
        return String.join("; ", problems);
    }

    private HeaderIssuer issuer(List<Unit> lines) {
        List<String> texts = lines.stream().map(Unit::text).toList();
        IssuerCatalogue.Identified identified = issuers.identify(texts);
        return new HeaderIssuer(texts, identified.name(), identified.kind(), lines.get(0).location(""),
                String.join(" / ", texts));
    }
}
