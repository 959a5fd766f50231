package org.vangnet.followups;

import java.time.Instant;

/**
 * A follow-up as lists show it; {@code source} is {@code MANUAL} or the automatic rule's code.
 * {@code dismissedWithCase}: dismissed because its case was closed.
 */
public record FollowUpView(Long id, long version, Long caseId, String caseReference, FollowUpKind kind, Instant dueAt,
                           boolean urgent, Long assigneeId, String assigneeName, String note, FollowUpStatus status,
                           String outcomeNote, String source, Long takedownRequestId, Long extortionContactId,
                           int reschedules, Instant closedAt, boolean dismissedWithCase) {

    public boolean isOpen() {
        return status == FollowUpStatus.OPEN;
    }

    public boolean isAutomatic() {
        return !FollowUp.MANUAL.equals(source);
    }
}
