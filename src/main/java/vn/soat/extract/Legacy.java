package vn.soat.extract;

import java.util.ArrayList;
import java.util.List;
import vn.soat.text.LegacyVietnamese;

/** Applies a legacy-encoding conversion to lines already collected, recomputing offsets. */
final class Legacy {

    private Legacy() {
    }

    static List<SourceLine> convertLines(List<SourceLine> lines, LegacyVietnamese.Encoding encoding) {
        List<SourceLine> converted = new ArrayList<>(lines.size());
        int offset = 0;
        for (SourceLine line : lines) {
            String text = TextNormalizer.normalize(LegacyVietnamese.convert(line.text(), encoding));
            converted.add(new SourceLine(line.number(), line.page(), offset, offset + text.length(), text));
            offset += text.length() + 1;
        }
        return converted;
    }
}
