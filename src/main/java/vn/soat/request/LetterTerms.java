package vn.soat.request;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.extract.SourceLine;
import vn.soat.model.DataCutoff;
import vn.soat.model.Deadline;
import vn.soat.model.Location;
import vn.soat.text.VietText;
import vn.soat.profile.DataSpans;
import vn.soat.text.Regex;

/**
 * The deadline and the data cut-off a request letter sets (docs/domain.md §7a), each with the line it is
 * written on.
 *
 * <table>
 * <caption>deadlines: as written → last day a report may be dated</caption>
 * <tr><td>gửi về Sở Ngoại vụ trước ngày 18/6/2026</td><td>17/6/2026</td></tr>
 * <tr><td>chậm nhất ngày 18/6/2026</td><td>18/6/2026</td></tr>
 * <tr><td>gửi trước 17h00 ngày 18/6/2026</td><td>18/6/2026</td></tr>
 * <tr><td>trước ngày 15 tháng 5 năm 2021</td><td>14/5/2021</td></tr>
 * <tr><td>tổ chức trước ngày 01/7 (no send, report or submit word before it)</td><td>none</td></tr>
 * </table>
 */
final class LetterTerms {

    private static final String DATE = "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?"
            + "|(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s*,?\\s+nam\\s+(\\d{4}))?";
    private static final Pattern DEADLINE = Regex.compile("\\b(truoc|cham nhat(?: la)?(?: vao)?|han chot(?: la)?|khong muon hon|khong qua"
            + "|han (?:gui|nop)(?: bao cao)?(?: la)?)\\s+(\\d{1,2}\\s*(?:h|gio)(?:\\s*\\d{2})?(?:\\s*phut)?\\s*(?:,\\s*)?(?:sang |chieu )?)?"
            + "(?:ngay\\s+)?(?:" + DATE + ")");
    private static final Pattern SEND_WORDS = Regex.compile("\\b(?:gui|nop|bao cao|hoan thanh|tong hop|cap nhat|y kien)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](?=\\s|$)");

    private LetterTerms() {
    }

    /** The first deadline for sending the report; {@code letterYear} completes a date written without its year. */
    static Optional<Deadline> deadline(List<SourceLine> lines, int letterYear, String source) {
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            // A PDF breaks lines anywhere: "… trước" / "ngày 18/6/2026" is read with the next line joined on.
            String original = i + 1 < lines.size() ? line.text() + " " + lines.get(i + 1).text() : line.text();
            String folded = VietText.foldInPlace(original).toLowerCase(java.util.Locale.ROOT);
            Matcher m = DEADLINE.matcher(folded);
            while (m.find()) {
                if (m.start() >= line.text().length()) {
                    break; // starts on the next line: found there
                }
                if (!SEND_WORDS.matcher(sentenceBefore(folded, m.start())).find()) {
                    continue;
                }
                Optional<LocalDate> day = date(m, 3, letterYear);
                if (day.isEmpty()) {
                    continue;
                }
                boolean strictlyBefore = m.group(1).equals("truoc") && m.group(2) == null;
                LocalDate last = strictlyBefore ? day.get().minusDays(1) : day.get();
                String written = original.substring(m.start(), m.end()).strip();
                return Optional.of(new Deadline(last.toEpochDay(), written, source,
                        new Location(line.page(), line.number(), "", line.start(), line.end()), line.text().strip()));
            }
        }
        return Optional.empty();
    }

    /** The first data period the letter sets for the figures ({@code số liệu tính từ … đến …}). */
    static Optional<DataCutoff> cutoff(List<SourceLine> lines, int letterYear, String source) {
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String joined = i + 1 < lines.size() ? line.text() + " " + lines.get(i + 1).text() : line.text();
            for (DataSpans.Span span : DataSpans.find(joined, letterYear)) {
                if (span.dataWords()) {
                    return Optional.of(new DataCutoff(span.from().map(LocalDate::toEpochDay).orElse(-1L),
                            span.to().toEpochDay(), span.display(), source, true,
                            new Location(line.page(), line.number(), "", line.start(), line.end()), line.text().strip()));
                }
            }
        }
        return Optional.empty();
    }

    private static String sentenceBefore(String folded, int at) {
        Matcher end = SENTENCE_END.matcher(folded);
        int start = 0;
        while (end.find() && end.end() <= at) {
            start = end.end();
        }
        return folded.substring(start, at);
    }

    private static Optional<LocalDate> date(Matcher m, int first, int defaultYear) {
        int at = m.group(first) != null ? first : first + 3;
        if (m.group(at) == null) {
            return Optional.empty();
        }
        int year = m.group(at + 2) != null ? Integer.parseInt(m.group(at + 2)) : defaultYear;
        try {
            return year == 0 ? Optional.empty()
                    : Optional.of(LocalDate.of(year, Integer.parseInt(m.group(at + 1)), Integer.parseInt(m.group(at))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
