package org.vangnet.followups;

import jakarta.persistence.Convert;
import org.vangnet.base.crypto.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;

/**
 * A task on a case with a due moment and an assignee. Open until done (with an outcome note) or
 * dismissed; rescheduling keeps it open and is recorded with its reason.
 */
@Entity
@Table(name = "follow_up")
class FollowUp extends AbstractEntity {

    static final String MANUAL = "MANUAL";
    static final int MAX_NOTE = NewFollowUp.MAX_NOTE;
    static final int MAX_REASON = NewFollowUp.MAX_REASON;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "case_reference", nullable = false, updatable = false, length = 20)
    private String caseReference;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private FollowUpKind kind;

    @Column(name = "takedown_request_id", updatable = false)
    private Long takedownRequestId;

    @Column(name = "extortion_contact_id", updatable = false)
    private Long extortionContactId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "urgent", nullable = false)
    private boolean urgent;

    @Column(name = "assignee_id", nullable = false)
    private Long assigneeId;

    @Convert(converter = EncryptedText.class)
    @Column(name = "note", length = MAX_NOTE)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private FollowUpStatus status;

    @Convert(converter = EncryptedText.class)
    @Column(name = "outcome_note", length = MAX_NOTE)
    private String outcomeNote;

    @Column(name = "source", nullable = false, updatable = false, length = 40)
    private String source;

    @Column(name = "rule_key", updatable = false, length = 120)
    private String ruleKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 50)
    private String closedBy;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "dismissed_with_case", nullable = false)
    private boolean dismissedWithCase;

    protected FollowUp() {
    }

    FollowUp(Long caseId, String caseReference, Long teamId, FollowUpKind kind, Instant dueAt, boolean urgent,
             Long assigneeId, String note, String source, String ruleKey, Long takedownRequestId,
             Long extortionContactId, Instant createdAt, String createdBy) {
        if (kind == null) {
            throw DomainException.onField("kind", "validation.required");
        }
        if (dueAt == null) {
            throw DomainException.onField("dueAt", "validation.required");
        }
        this.caseId = caseId;
        this.caseReference = caseReference;
        this.teamId = teamId;
        this.kind = kind;
        this.dueAt = dueAt;
        this.urgent = urgent;
        this.assigneeId = assigneeId;
        this.note = text("note", note, MAX_NOTE, false);
        this.source = source;
        this.ruleKey = ruleKey;
        this.takedownRequestId = takedownRequestId;
        this.extortionContactId = extortionContactId;
        this.status = FollowUpStatus.OPEN;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * A follow-up a person plans: it must lie ahead, as rescheduling requires. Automatic ones may be
     * due already (a deadline derived from an older event is still a deadline), so only this path checks.
     */
    static FollowUp planned(Long caseId, String caseReference, Long teamId, FollowUpKind kind, Instant dueAt,
                            Long assigneeId, String note, Long takedownRequestId, Long extortionContactId,
                            Instant now, String createdBy) {
        if (dueAt != null && !dueAt.isAfter(now)) {
            throw DomainException.onField("dueAt", "validation.followup.due-in-past");
        }
        return new FollowUp(caseId, caseReference, teamId, kind, dueAt, false, assigneeId, note, MANUAL, null,
                takedownRequestId, extortionContactId, now, createdBy);
    }

    void complete(String outcome, Instant at, String by) {
        requireOpen();
        this.outcomeNote = text("outcome", outcome, MAX_NOTE, true);
        close(FollowUpStatus.DONE, at, by);
    }

    void dismiss(String reason, Instant at, String by) {
        requireOpen();
        this.outcomeNote = text("reason", reason, MAX_NOTE, false);
        close(FollowUpStatus.DISMISSED, at, by);
    }

    /** The case closed while this was still open: dismissed, and marked so the reason is shown in any language. */
    void dismissWithCase(Instant at, String by) {
        requireOpen();
        this.dismissedWithCase = true;
        close(FollowUpStatus.DISMISSED, at, by);
    }

    /** Moves the due moment; returns the previous one, for the reschedule history. */
    Instant reschedule(Instant newDueAt, String reason, Instant now) {
        requireOpen();
        if (newDueAt == null) {
            throw DomainException.onField("dueAt", "validation.required");
        }
        if (!newDueAt.isAfter(now)) {
            throw DomainException.onField("dueAt", "validation.followup.due-in-past");
        }
        text("reason", reason, MAX_REASON, true);
        Instant previous = dueAt;
        this.dueAt = newDueAt;
        this.remindedAt = null;
        return previous;
    }

    void reassign(Long newAssigneeId) {
        requireOpen();
        this.assigneeId = newAssigneeId;
        this.remindedAt = null;
    }

    void describe(FollowUpKind newKind, String newNote) {
        requireOpen();
        if (newKind == null) {
            throw DomainException.onField("kind", "validation.required");
        }
        this.kind = newKind;
        this.note = text("note", newNote, MAX_NOTE, false);
    }

    private void close(FollowUpStatus to, Instant at, String by) {
        this.status = to;
        this.closedAt = at;
        this.closedBy = by;
    }

    private void requireOpen() {
        if (status != FollowUpStatus.OPEN) {
            throw new DomainException("validation.followup.not-open");
        }
    }

    static String text(String field, String value, int max, boolean required) {
        return required ? Texts.required(field, value, max) : Texts.optional(field, value, max);
    }

    FollowUpView toView(String assigneeName, int reschedules) {
        return new FollowUpView(getId(), getVersion(), caseId, caseReference, kind, dueAt, urgent, assigneeId,
                assigneeName, note, status, outcomeNote, source, takedownRequestId, extortionContactId, reschedules,
                closedAt, dismissedWithCase);
    }

    Long getCaseId() {
        return caseId;
    }

    Long getTeamId() {
        return teamId;
    }

    FollowUpKind getKind() {
        return kind;
    }

    Long getAssigneeId() {
        return assigneeId;
    }

    Instant getDueAt() {
        return dueAt;
    }

    FollowUpStatus getStatus() {
        return status;
    }

    String getSource() {
        return source;
    }
}
