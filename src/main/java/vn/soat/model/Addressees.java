package vn.soat.model;

import java.util.List;

/** The {@code Kính gửi:} block and the bodies it names. */
public record Addressees(List<String> names, Location location, String excerpt) implements Located {
}
