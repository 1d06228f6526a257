package vn.soat.finding;

/**
 * Where the text a finding is about came from: the file's own text, or page images recognised by
 * OCR. A reviewer trusts the two differently (docs/findings.md: finding field {@code source}).
 */
public enum TextSource {
    TEXT, OCR
}
