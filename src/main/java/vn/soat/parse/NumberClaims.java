package vn.soat.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.soat.parse.claims.Claims;
import vn.soat.parse.claims.Examples;
import vn.soat.parse.claims.Paragraph;

/**
 * The body as the claim detectors ({@link Claims}) read it: prose in paragraphs, masked once. A table
 * cell is a paragraph of its own, and so is every line of an annex ({@code PHỤ LỤC}): numbers of
 * different cells are never a total and its parts.
 */
final class NumberClaims {

    @Examples(matches = {"«PHỤ LỤC»", "«PHỤ LỤC» I: BIÊN CHẾ NĂM 2025", "«Phụ lục I»", "«Phụ lục số 02»: Biểu tổng hợp",
            "«Phụ lục:» Danh sách", "«PHỤ LỤC» KÈM THEO BÁO CÁO"},
            rejects = {"Phụ lục kèm theo báo cáo gồm 3 biểu", "(Chi tiết tại Phụ lục I)", "Các phụ lục", "PHỤ LỤCX"})
    static final Pattern ANNEX = Pattern.compile("^(?:PHỤ LỤC(?!\\p{L})|Phụ lục(?:\\s+(?:số\\s+)?[IVXLC\\d]+(?![\\p{L}\\d])|\\s*[:.]|\\s*$))");
    /** How DOCX joins the cells of a table row. */
    private static final String CELL_SEPARATOR = " | ";

    private NumberClaims() {
    }

    static Claims scan(List<Unit> units, int from, int to, Function<Unit, String> sectionOf) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Passage passage : passages(units, from, to)) {
            paragraphs.add(paragraph(passage, sectionOf));
        }
        return Claims.scan(paragraphs);
    }

    static List<Passage> passages(List<Unit> units, int from, int to) {
        Map<Integer, Integer> unitsPerLine = new HashMap<>();
        for (int i = from; i < to; i++) {
            if (!units.get(i).isBlank()) {
                unitsPerLine.merge(units.get(i).line(), 1, Integer::sum);
            }
        }
        List<Passage> passages = new ArrayList<>();
        int prose = from;
        boolean annex = false;
        for (int i = from; i < to; i++) {
            Unit unit = units.get(i);
            annex = annex || ANNEX.matcher(unit.text()).lookingAt();
            boolean cell = unitsPerLine.getOrDefault(unit.line(), 0) > 1 || unit.text().contains(CELL_SEPARATOR);
            if (!annex && !cell) {
                continue;
            }
            passages.addAll(Segments.of(units, prose, i));
            prose = i + 1;
            if (!unit.isBlank()) {
                cells(unit).forEach(c -> passages.add(new Passage(List.of(c))));
            }
        }
        passages.addAll(Segments.of(units, prose, to));
        return passages;
    }

    /** The cells of a DOCX table row as units of their own; any other unit is one cell. */
    private static List<Unit> cells(Unit unit) {
        List<Unit> cells = new ArrayList<>();
        int at = 0;
        for (String cell : unit.text().split(Pattern.quote(CELL_SEPARATOR), -1)) {
            if (!cell.isBlank()) {
                cells.add(Unit.of(unit.index(), cell, unit.line(), unit.page(), unit.start() + at,
                        unit.start() + at + cell.length()));
            }
            at += cell.length() + CELL_SEPARATOR.length();
        }
        return cells;
    }

    private static Paragraph paragraph(Passage passage, Function<Unit, String> sectionOf) {
        String text = passage.text();
        return new Paragraph(text, Masking.mask(text), passage.units().get(0).start(), offset -> {
            Unit unit = passage.unitAt(offset);
            return unit.location(sectionOf.apply(unit));
        });
    }
}
