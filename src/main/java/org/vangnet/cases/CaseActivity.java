package org.vangnet.cases;

import java.util.List;

/**
 * Something that happened to a case in another module (a takedown submitted, an extortion contact
 * logged, a follow-up done). An event that implements this lands on the case's timeline, in the
 * same transaction as the change it describes.
 *
 * <p>{@link #timelineKey()} is a translation key; {@link #timelineArguments()} fill its
 * placeholders and must not carry personal data (ids, platform names, statuses are fine). An
 * argument written {@code t:some.key} is itself translated, e.g. {@code t:case.status.CLOSED}.
 */
public interface CaseActivity {

    Long caseId();

    /** A short type code for filtering, e.g. {@code TAKEDOWN}. */
    String timelineType();

    String timelineKey();

    List<String> timelineArguments();
}
