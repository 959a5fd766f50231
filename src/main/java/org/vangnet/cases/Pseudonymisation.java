package org.vangnet.cases;

/**
 * The neutral value that replaces personal data where a column cannot be empty (the alias, a note's
 * text, a takedown item, a hash service's case number). The same string is the only value the
 * database lets a timeline entry's text be changed to (migration V008). Screens show a translated
 * label instead of it.
 */
public final class Pseudonymisation {

    public static final String PLACEHOLDER = "[pseudonymised]";

    private Pseudonymisation() {
    }

    public static boolean isPlaceholder(String value) {
        return PLACEHOLDER.equals(value);
    }
}
