package org.vangnet.followups;

import java.time.Instant;

/**
 * A follow-up an automatic rule asks for. {@code ruleKey} names what it is for (rule and object),
 * so the same event arriving twice plans nothing new.
 */
record PlannedFollowUp(String rule, String ruleKey, FollowUpKind kind, Instant dueAt, boolean urgent,
                       Long takedownRequestId, Long extortionContactId) {
}
