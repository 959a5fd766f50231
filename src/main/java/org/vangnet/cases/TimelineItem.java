package org.vangnet.cases;

import java.time.Instant;
import java.util.List;

/**
 * A timeline line for display: either a note ({@code body}) or an event ({@code messageKey} with
 * its arguments). {@code correctsId} points at the note this one corrects; {@code correctedBy} at
 * the later note that corrects this one.
 */
public record TimelineItem(Long id, Instant occurredAt, String actor, String actorName, String type,
                           String messageKey, List<String> arguments, String body, Long correctsId,
                           Long correctedBy) {

    public boolean isNote() {
        return body != null;
    }
}
