package vn.soat.model;

import java.util.List;

/** The issuing body at the top left of the header, with its parent body when written. */
public record HeaderIssuer(List<String> lines, String name, IssuerKind kind, Location location, String excerpt)
        implements Located {
}
