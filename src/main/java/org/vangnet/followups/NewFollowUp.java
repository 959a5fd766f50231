package org.vangnet.followups;

import java.time.Instant;

/**
 * A follow-up scheduled by hand. {@code assigneeId} null means the user themself; only a
 * supervisor may name someone else, and only an active member of the case's team.
 */
public record NewFollowUp(FollowUpKind kind, Instant dueAt, Long assigneeId, String note, Long takedownRequestId,
                          Long extortionContactId) {
}
