package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.soat.model.ListLine;
import vn.soat.text.Bullet;
import vn.soat.text.VietText;
import vn.soat.text.Regex;

/**
 * The lines of a Kính gửi or Nơi nhận list as written, for the punctuation the form asks for: each
 * line starts with "-" and ends with ";", the last with "."; the archive line reads {@code - Lưu: VT, …}
 * (Phụ lục I, Mục II.5, II.9). Lines a PDF or web page glued together ({@code - Như trên;- Lưu: VT.})
 * are split back at each "; -".
 */
final class ListLines {

    /** Where one glued list line ends and the next begins: "…;- Lưu" or "…; - Bộ Ngoại giao". */
    static final Pattern GLUED = Pattern.compile("(?<=[;.,])\\s*(?=[-–]\\s*\\p{Lu})");
    private static final Pattern ARCHIVE_COLON = Pattern.compile("^lưu\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VT_FIRST = Regex.compile("^lưu\\s*:?\\s*VT\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** One written line of a list and the unit it sits in. */
    record Written(String text, Unit unit) {
    }

    private ListLines() {
    }

    /** Splits a unit's text into the list lines glued into it. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : GLUED.split(text.strip())) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /** The Kính gửi list between {@code from} and {@code to}: the addressees after the colon and the dashed lines under it. */
    static List<ListLine> addressees(List<Unit> units, int from, int to) {
        for (int i = from; i < to; i++) {
            Unit unit = units.get(i);
            if (unit.folded().startsWith("kinh gui")) {
                List<Written> written = new ArrayList<>();
                String inline = unit.text().replaceFirst("(?i)^\\s*kính gửi\\s*:?", "").strip();
                split(inline).forEach(part -> written.add(new Written(part, unit)));
                for (int j = i + 1; j < to; j++) {
                    Unit line = units.get(j);
                    if (!written.isEmpty() && continues(written.get(written.size() - 1), line)
                            && line.text().strip().matches("\\p{Ll}.*")) {
                        // Only a lower-case start carries an addressee on: the body under Kính gửi starts with a capital.
                        written.add(joined(written.remove(written.size() - 1), line));
                    } else if (line.isBlank() || Bullet.starts(line.text())) {
                        split(line.text()).forEach(part -> written.add(new Written(part, line)));
                    } else {
                        break;
                    }
                }
                return written.size() < 2 ? List.of() : facts(ListLine.KINH_GUI, written);
            }
        }
        return List.of();
    }

    /**
     * Whether {@code line} carries on the entry {@code last} rather than starting one: a line without its own
     * "-"/"+" under a dashed entry that ends in neither ";" nor "." ({@code - VPCP: BTCN, các PCN, …,} /
     * {@code các Vụ, Cục, …, Công báo;}). The joined entry's punctuation is then its last line's end.
     */
    static boolean continues(Written last, Unit line) {
        String previous = last.text().strip();
        return !line.isBlank() && !Bullet.starts(line.text()) && Bullet.starts(previous)
                && !previous.endsWith(";") && !previous.endsWith(".");
    }

    /** The entry {@code last} with its continuation {@code line} appended; it keeps the location of its first line. */
    static Written joined(Written last, Unit line) {
        return new Written(last.text() + " " + line.text().strip(), last.unit());
    }

    static List<ListLine> facts(String list, List<Written> lines) {
        List<ListLine> facts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = Bullet.strip(lines.get(i).text());
            boolean archive = VietText.fold(text).startsWith("luu");
            facts.add(new ListLine(list, text, lines.size(), endMark(text), i == lines.size() - 1, archive,
                    archive && ARCHIVE_COLON.matcher(text).find(), archive && VT_FIRST.matcher(text).find(),
                    lines.get(i).unit().location(""), lines.get(i).text()));
        }
        return facts;
    }

    private static String endMark(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return "";
        }
        char last = stripped.charAt(stripped.length() - 1);
        return last == ';' || last == '.' || last == ',' || last == ':' ? String.valueOf(last) : "";
    }
}
