package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units of the closing as real files give them: a signature placeholder between title and name
 * ({@code (Đã ký)}, {@code [daky]}, {@code [image]}), and a title glued to the name where the line break was lost
 * ({@code PHÓ CHỦ NHIỆMNguyễn Văn A}).
 */
final class SignatureLines {

    /**
     * What stands where the signature image was: a short bracketed note, or "Đã ký" typed bare.
     * Must match: {@code (Đã ký)}, {@code (đã ký)}, {@code [daky]}, {@code Đã ký}, {@code (Chữ ký, dấu)}, {@code [image]}.
     * Must not match: {@code Nguyễn Văn A}, {@code Đã ký kết 03 thỏa thuận} (a sentence, not a mark).
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(?:[\\(\\[\\{<][^\\)\\]\\}>]{1,40}[\\)\\]\\}>]|đã ký(?: số)?|daky|chữ ký)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A placeholder glued before the name: {@code (Đã ký)Nguyễn Văn A}, {@code Đã ký Nguyễn Văn A}. */
    private static final Pattern LEADING_PLACEHOLDER = Pattern.compile(
            "^(?:[\\(\\[][^\\)\\]]{1,40}[\\)\\]]|đã ký)\\s*(?=\\p{Lu})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A placeholder after the name: {@code Nguyễn Văn A (đã ký)}. */
    private static final Pattern TRAILING_PLACEHOLDER = Pattern.compile("\\s*[\\(\\[][^\\)\\]]{1,40}[\\)\\]]$");
    /**
     * An upper-case title run straight into a capitalised name.
     * Must match: {@code PHÓ CHỦ NHIỆMNguyễn Văn A} (title {@code PHÓ CHỦ NHIỆM}), {@code GIÁM ĐỐCLê Thị Hà}.
     * Must not match: {@code Nguyễn Văn A}, {@code PHÓ CHỦ TỊCH}, {@code UBND xã Phú Đình}.
     */
    private static final Pattern GLUED = Pattern.compile(
            "^(?<title>\\p{Lu}[\\p{Lu}\\s,.]*\\p{Lu})(?<name>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{L}*){1,5})$");

    private SignatureLines() {
    }

    static boolean isPlaceholder(Unit unit) {
        return PLACEHOLDER.matcher(unit.text().strip()).matches();
    }

    /** The units with glued titles and names cut apart and placeholders in front of a name removed. */
    static List<Unit> of(List<Unit> units, TitleRegistry titles) {
        List<Unit> out = new ArrayList<>(units.size());
        for (Unit unit : units) {
            String text = unit.text();
            Matcher lead = LEADING_PLACEHOLDER.matcher(text);
            if (lead.lookingAt() && !isPlaceholder(unit)) {
                unit = part(unit, lead.end(), text.length());
                text = unit.text();
            }
            Matcher trail = TRAILING_PLACEHOLDER.matcher(text);
            // Without a closing bracket there is no placeholder to find, and the scan is costly on every unit.
            if ((text.indexOf(')') >= 0 || text.indexOf(']') >= 0) && trail.find() && trail.start() > 0 && PersonName.matches(text.substring(0, trail.start()))) {
                unit = part(unit, 0, trail.start());
                text = unit.text();
            }
            // A glued title starts the unit in capitals: most units do not, and need no matcher.
            Matcher glued = !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) ? GLUED.matcher(text) : null;
            if (glued != null && glued.matches() && (titles.isTitle(glued.group("title"))
                    || ClosingParser.AUTHORITY_PREFIX.matcher(glued.group("title")).matches())) {
                out.add(part(unit, 0, glued.end("title")));
                out.add(part(unit, glued.start("name"), text.length()));
            } else {
                out.add(unit);
            }
        }
        return out;
    }

    private static Unit part(Unit unit, int from, int to) {
        String text = unit.text().substring(from, to).strip();
        int start = Math.min(unit.end(), unit.start() + from);
        return Unit.of(unit.index(), text, unit.line(), unit.page(), start, Math.min(unit.end(), unit.start() + to));
    }
}
