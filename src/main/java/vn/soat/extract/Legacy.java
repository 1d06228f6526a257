package vn.soat.extract;

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
    private static Optional<LegacyConversion> recognise(String text) {
        return LegacyVietnamese.detect(text).map(encoding -> new LegacyConversion(encoding, BY_CHARACTERS, 1));
    }

    /**
     * The collected lines, converted when {@code text} (what the extractor read, joined) reads as legacy text;
     * otherwise as they are.
     */
    static Result convertRecognised(LineCollector lines, String text) {
        Optional<LegacyConversion> legacy = recognise(text);
        return new Result(legacy.map(found -> lines.lines(line -> LegacyVietnamese.convert(line, found.encoding())))
                .orElseGet(lines::lines), legacy);
    }

    /** Lines in Unicode and the legacy encoding found in them, if any. */
    record Result(List<SourceLine> lines, Optional<LegacyConversion> legacy) {
    }
}
