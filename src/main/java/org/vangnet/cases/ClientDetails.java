package org.vangnet.cases;

import java.util.List;

/**
 * What the helpline knows of the client. Only the alias is required: a first name or a pseudonym.
 *
 * @param ageNow      age today, or {@code null} (then the birth year may say it)
 * @param birthYear   year of birth, or {@code null}
 * @param ageAtImages age when the images were made, or {@code null} when unknown
 * @param language    preferred language as a tag (nl, fr, en, ...), or {@code null}
 * @param minor       the counsellor marks the client as a minor even when no age is known
 */
public record ClientDetails(String alias, Integer ageNow, Integer birthYear, Integer ageAtImages, String language,
                            boolean minor, boolean selfHarmConcern, boolean deadlineRunning,
                            List<ContactDetail> contacts) {

    public static final int MAX_ALIAS = 60;

    public ClientDetails {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
