package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.soat.extract.ExtractedDocument;
import vn.soat.extract.SourceLine;
import vn.soat.text.VietText;

/**
 * One file may hold several documents: a Tờ trình followed by the Báo cáo it submits, a letter and its
 * enclosure. A new document starts after a closing (Nơi nhận or a signature) with a header of its own
 * (the Quốc hiệu, then a Số line or a type line), unless an annex label introduces it: a blank template
 * in a Phụ lục ("Mẫu số 1") belongs to the document it is attached to.
 */
public final class DocumentParts {

    private static final Pattern NATIONAL_NAME = Pattern.compile("cong hoa xa hoi chu nghia viet nam");
    private static final Pattern ANNEX = Pattern.compile("^(phu luc|mau so|mau:|ban hanh kem theo|\\(ban hanh kem theo|kem theo)");
    private static final Pattern OWN_HEADER = Pattern.compile("^(so\\s*[:.]|s[o]\\s+\\d).*");
    private static final int HEADER_SPAN = 12;
    private static final int ISSUER_ABOVE = 4;

    private DocumentParts() {
    }

    public static List<ExtractedDocument> split(ExtractedDocument document) {
        List<SourceLine> lines = document.lines();
        List<Integer> starts = new ArrayList<>(List.of(0));
        boolean closed = false;
        int lastAnnexLabel = -1;
        for (int i = 0; i < lines.size(); i++) {
            String folded = VietText.fold(lines.get(i).text());
            if (folded.startsWith("noi nhan")) {
                closed = true;
            }
            if (ANNEX.matcher(folded).find()) {
                lastAnnexLabel = i;
            }
            if (closed && NATIONAL_NAME.matcher(folded).find() && ownHeaderFollows(lines, i)
                    && (lastAnnexLabel < starts.get(starts.size() - 1) || lastAnnexLabel < 0)) {
                int start = issuerStart(lines, i, starts.get(starts.size() - 1));
                starts.add(start);
                closed = false;
            }
        }
        if (starts.size() == 1) {
            return List.of(document);
        }
        List<ExtractedDocument> parts = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            int end = p + 1 < starts.size() ? starts.get(p + 1) : lines.size();
            parts.add(document.withLines(List.copyOf(lines.subList(starts.get(p), end))));
        }
        return parts;
    }

    private static boolean ownHeaderFollows(List<SourceLine> lines, int at) {
        for (int i = Math.max(0, at - ISSUER_ABOVE); i < Math.min(lines.size(), at + HEADER_SPAN); i++) {
            String text = lines.get(i).text().strip();
            for (String column : text.split("\t")) {
                if (OWN_HEADER.matcher(VietText.fold(column.strip())).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The issuer's lines stand just above the Quốc hiệu in a text layout; start the part with them. */
    private static int issuerStart(List<SourceLine> lines, int nationalName, int previousStart) {
        int start = nationalName;
        for (int i = nationalName - 1; i > previousStart && i >= nationalName - ISSUER_ABOVE; i--) {
            String text = lines.get(i).text().strip();
            if (text.isEmpty() || !VietText.isUpperCase(text.split("\t")[0])) {
                break;
            }
            start = i;
        }
        return start;
    }
}
