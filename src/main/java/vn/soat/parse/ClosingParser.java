package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.Recipients;

/**
 * The end of a report: the {@code Nơi nhận:} block and the signature block. In PDF and DOCX
 * they sit side by side, so their lines may arrive interleaved; units are classified one by one
 * rather than read as contiguous blocks.
 */
final class ClosingParser {

    static final Pattern AUTHORITY_PREFIX = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\s*\\.\\s*(\\S.*)$");
    private static final Pattern VT = Pattern.compile("\\bVT\\b", Pattern.CASE_INSENSITIVE);
    private static final int TAIL = 60;
    private static final int AUTHORITY_ABOVE = 6;

    private ClosingParser() {
    }

    /**
     * Index of the first unit of the closing (Nơi nhận or authority lines), or the end. The first
     * {@code Nơi nhận:} after the body wins wherever it is: annexes (Phụ lục, an attached Quy chế) and
     * their tables follow the signature and are not the end of the document's own content.
     */
    static int closingStart(List<Unit> units, int bodyStart, TitleRegistry titles) {
        for (int i = bodyStart; i < units.size(); i++) {
            if (isRecipientsHeading(units.get(i))) {
                int start = i;
                // In a text layout the authority lines may come first, just above Nơi nhận.
                for (int j = i - 1; j >= Math.max(bodyStart, i - AUTHORITY_ABOVE); j--) {
                    if (isAuthorityLine(units.get(j), titles)) {
                        start = j;
                    } else if (!units.get(j).isBlank()) {
                        break;
                    }
                }
                return start;
            }
        }
        int tailStart = Math.max(bodyStart, units.size() - TAIL);
        for (int i = tailStart; i < units.size(); i++) {
            if (isRecipientsHeading(units.get(i)) || isAuthorityLine(units.get(i), titles)) {
                return i;
            }
        }
        return units.size();
    }

    static boolean isRecipientsHeading(Unit unit) {
        return unit.folded().startsWith("noi nhan");
    }

    static boolean isAuthorityLine(Unit unit, TitleRegistry titles) {
        String text = unit.text().strip();
        Matcher prefix = AUTHORITY_PREFIX.matcher(text);
        if (prefix.matches()) {
            return VietText.isUpperCase(prefix.group(2));
        }
        return titles.isTitle(text);
    }

    static boolean isDashLine(Unit unit) {
        return Bullet.starts(unit.text());
    }

    static Optional<Recipients> recipients(List<Unit> units, int from, TitleRegistry titles) {
        for (int i = from; i < units.size(); i++) {
            if (isRecipientsHeading(units.get(i))) {
                return Optional.of(readRecipients(units, i, titles));
            }
        }
        return Optional.empty();
    }

    private static Recipients readRecipients(List<Unit> units, int headingIndex, TitleRegistry titles) {
        Unit heading = units.get(headingIndex);
        List<String> lines = new ArrayList<>();
        String inline = heading.text().replaceFirst("(?i)^\\s*nơi nhận\\s*:?", "").strip();
        if (!inline.isEmpty()) {
            lines.add(Bullet.strip(inline));
        }
        for (int i = headingIndex + 1; i < units.size() && i < headingIndex + 40; i++) {
            Unit unit = units.get(i);
            if (unit.isBlank() || isAuthorityLine(unit, titles)) {
                continue;
            }
            boolean archived = lines.stream().anyMatch(l -> VietText.fold(l).startsWith("luu"));
            if (Bullet.starts(unit.text()) || unit.folded().startsWith("luu")) {
                lines.add(Bullet.strip(unit.text()));
            } else if (!lines.isEmpty() && !endsRecipient(lines.get(lines.size() - 1)) && !looksLikeName(unit)) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + unit.text().strip());
            } else if (archived) {
                break;
            } else if (endsRecipient(unit.text().strip()) && !looksLikeName(unit)) {
                // Word's automatic bullets are not text: a recipient line may come without its dash.
                lines.add(unit.text().strip());
            }
        }
        String archive = lines.stream().filter(l -> VietText.fold(l).startsWith("luu")).findFirst().orElse("");
        boolean nhuTren = lines.stream().anyMatch(l -> VietText.fold(l).startsWith("nhu tren"));
        return new Recipients(List.copyOf(lines), archive, VT.matcher(archive).find(), nhuTren,
                heading.location(""), String.join("\n", lines.isEmpty() ? List.of(heading.text()) : lines));
    }

    private static boolean endsRecipient(String line) {
        return line.endsWith(";") || line.endsWith(".") || line.endsWith(",");
    }

    static boolean looksLikeName(Unit unit) {
        return PersonName.matches(unit.text());
    }
}
