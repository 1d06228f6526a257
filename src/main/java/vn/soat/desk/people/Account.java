package vn.soat.desk.people;

/**
 * A person who signs in to the desk.
 *
 * @param role ADMIN (manages people and units, and reviews) or REVIEWER
 */
public record Account(String username, String role, boolean enabled) {

    public static final String ADMIN = "ADMIN";
    public static final String REVIEWER = "REVIEWER";
}
