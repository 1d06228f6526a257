package vn.soat.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.soat.text.LegacyVietnamese;

/**
 * Legacy 8-bit Vietnamese recognised by its characters alone, where no font names it: one decision for text
 * files, PDFs and Word files whose runs are in no TCVN3 or VNI font ({@link LegacyFonts}).
 */
final class Legacy {

    private static final String BY_CHARACTERS = "thống kê ký tự";

    private Legacy() {
    }

    /** The conversion to make when the text's characters read as TCVN3 or VNI, reported at line 1. */
    static Optional<LegacyConversion> recognise(String text) {
        return LegacyVietnamese.detect(text).map(encoding -> new LegacyConversion(encoding, BY_CHARACTERS, 1));
    }

    /** The lines converted when their characters read as legacy text; otherwise as they are. */
    static Result convertRecognised(List<SourceLine> lines, String text) {
        Optional<LegacyConversion> legacy = recognise(text);
        return new Result(legacy.map(found -> convertLines(lines, found.encoding())).orElse(lines), legacy);
    }

    /** Applies a legacy-encoding conversion to lines already collected, recomputing offsets. */
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

    /** Lines in Unicode and the legacy encoding found in them, if any. */
    record Result(List<SourceLine> lines, Optional<LegacyConversion> legacy) {
    }
}
