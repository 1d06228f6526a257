package vn.soat.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The legal basis of a rule as one line, from the bases of its cases: each document named once, with its articles
 * and appendix items in first-seen order ({@code Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Mục II.7; Điều 13
 * khoản 1}), not the cases' bases strung together with the decree repeated for each.
 */
final class LegalBasis {

    /** A part that names a document: it starts with the kind of a legal or Party document. */
    private static final Pattern DOCUMENT = Pattern.compile(
            "^(?:Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định|Quy định|Hướng dẫn|Chỉ thị|Công văn|Văn bản|Kế hoạch|TCVN)\\s");

    private LegalBasis() {
    }

    static String merged(List<String> bases) {
        Map<String, Set<String>> byDocument = new LinkedHashMap<>();
        for (String basis : bases) {
            String document = "";
            for (String written : basis.split(";")) {
                String part = written.strip();
                if (part.isEmpty()) {
                    continue;
                }
                String rest = part;
                if (DOCUMENT.matcher(part).find()) {
                    int comma = part.indexOf(", ");
                    document = comma < 0 ? part : part.substring(0, comma);
                    rest = comma < 0 ? "" : part.substring(comma + 2);
                }
                Set<String> parts = byDocument.computeIfAbsent(document, d -> new LinkedHashSet<>());
                if (!rest.isEmpty()) {
                    parts.add(rest);
                }
            }
        }
        List<String> out = new ArrayList<>();
        byDocument.forEach((document, parts) -> {
            String listed = String.join("; ", parts);
            out.add(document.isEmpty() ? listed : parts.isEmpty() ? document : document + ", " + listed);
        });
        return String.join("; ", out);
    }
}
