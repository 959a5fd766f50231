package org.vangnet.conversations;

import java.time.Instant;

/** A logged contact as the case file shows it. */
public record ConversationView(Long id, long version, ConversationChannel channel, ConversationDirection direction,
                               Instant startedAt, Integer durationMinutes, String counsellorName, String language,
                               String summary, boolean intake) {
}
