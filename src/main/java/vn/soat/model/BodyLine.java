package vn.soat.model;

/** A non-blank line of the body (between the title and the closing) with the section it belongs to. */
public record BodyLine(String text, boolean heading, Location location) {
}
