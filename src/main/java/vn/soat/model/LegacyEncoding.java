package vn.soat.model;

/** Text in TCVN3 or VNI was found (by font name or by character statistics) and converted. */
public record LegacyEncoding(String encoding, String evidence, Location location, String excerpt) implements Located {
}
