package vn.soat.desk.people;

import java.util.List;

/**
 * A reporting unit of the registry.
 *
 * @param code        the Sở's own code for it (e.g. {@code UBND-NGASON}), unique
 * @param name        its name as the board shows it
 * @param issuerNames the names its documents' header may carry, as written
 */
public record Unit(String code, String name, List<String> issuerNames) {

    public Unit {
        issuerNames = issuerNames == null ? List.of() : List.copyOf(issuerNames);
    }
}
