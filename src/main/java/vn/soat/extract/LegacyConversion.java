package vn.soat.extract;

import vn.soat.text.LegacyVietnamese;

/** Records that text in a legacy 8-bit Vietnamese encoding was found and converted to Unicode. */
public record LegacyConversion(LegacyVietnamese.Encoding encoding, String evidence, int firstLine) {
}
