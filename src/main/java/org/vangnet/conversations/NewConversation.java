package org.vangnet.conversations;

import java.time.Instant;

/**
 * A contact as the counsellor logs it. {@code durationMinutes} may be unknown ({@code null});
 * {@code language} is a tag (nl, fr, en...); the summary is short and optional.
 */
public record NewConversation(ConversationChannel channel, ConversationDirection direction, Instant startedAt,
                              Integer durationMinutes, String language, String summary) {

    public static final int MAX_SUMMARY = 2000;
    /** A language tag (nl, fr, en, nl-BE...): the column is as long. */
    public static final int MAX_LANGUAGE = 10;
    public static final int MAX_DURATION_MINUTES = 1440;
}
