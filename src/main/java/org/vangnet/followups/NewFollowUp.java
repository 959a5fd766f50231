package org.vangnet.followups;

import java.time.Instant;

/**
 * A follow-up scheduled by hand. {@code assigneeId} null means the user themself; only a
 * supervisor may name someone else, and only an active member of the case's team.
 */
public record NewFollowUp(FollowUpKind kind, Instant dueAt, Long assigneeId, String note, Long takedownRequestId,
                          Long extortionContactId) {

    /** The longest note, outcome or reason for dismissing, in characters. */
    public static final int MAX_NOTE = 1000;
    /** The longest reason for moving a follow-up to another day. */
    public static final int MAX_REASON = 500;
}
