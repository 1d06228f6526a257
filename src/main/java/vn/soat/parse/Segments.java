package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.soat.text.Bullet;

/**
 * Paragraphs of the body as a reader sees them: a unit continues the previous one unless the
 * previous ended a sentence or the unit starts a heading or a bullet. PDF wraps every paragraph
 * over several lines, and some extractions break a sentence across a blank line.
 */
final class Segments {

    private static final Pattern STARTS_NEW = Pattern.compile("^(\\d{1,2}[.)]\\s|[IVX]{1,5}\\.\\s|[a-zđ]\\)\\s).*");

    private Segments() {
    }

    static List<Passage> of(List<Unit> units, int from, int to) {
        List<Passage> segments = new ArrayList<>();
        List<Unit> current = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Unit unit = units.get(i);
            if (unit.isBlank()) {
                continue;
            }
            boolean continues = !current.isEmpty() && !endsSentence(current.get(current.size() - 1).text())
                    && !STARTS_NEW.matcher(unit.text()).matches() && !Bullet.starts(unit.text());
            if (!continues && !current.isEmpty()) {
                segments.add(new Passage(current));
                current = new ArrayList<>();
            }
            current.add(unit);
        }
        if (!current.isEmpty()) {
            segments.add(new Passage(current));
        }
        return segments;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith(":") || t.endsWith(";") || t.endsWith("!") || t.endsWith("?");
    }
}
