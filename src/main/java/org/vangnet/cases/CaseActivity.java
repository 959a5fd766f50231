package org.vangnet.cases;

import java.util.List;

/**
 * Something that happened to a case in another module (a takedown submitted, an extortion contact
 * logged, a follow-up done). An event that implements this lands on the case's timeline, in the
 * same transaction as the change it describes.
 */
public interface CaseActivity {

    Long caseId();

    /** The line this event puts on the case's timeline. */
    Line timelineLine();

    /**
     * A timeline line: a short type code for filtering (e.g. {@code TAKEDOWN}), a translation key,
     * and the arguments filling its placeholders. Arguments must not carry personal data (ids,
     * platform names, statuses are fine); one written {@code t:some.key} is itself translated, e.g.
     * {@code t:case.status.CLOSED}.
     */
    record Line(String type, String key, List<String> arguments) {

        public Line {
            arguments = List.copyOf(arguments);
        }
    }
}
