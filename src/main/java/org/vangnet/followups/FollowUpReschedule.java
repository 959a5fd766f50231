package org.vangnet.followups;

import jakarta.persistence.Convert;
import org.vangnet.base.crypto.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One reschedule of a follow-up, with its reason. Written once, never changed. */
@Entity
@Table(name = "follow_up_reschedule")
class FollowUpReschedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "follow_up_id", nullable = false, updatable = false)
    private Long followUpId;

    @Column(name = "from_due_at", nullable = false, updatable = false)
    private Instant fromDueAt;

    @Column(name = "to_due_at", nullable = false, updatable = false)
    private Instant toDueAt;

    @Convert(converter = EncryptedText.class)
    @Column(name = "reason", nullable = false, updatable = false, length = FollowUp.MAX_REASON)
    private String reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 50)
    private String actor;

    protected FollowUpReschedule() {
    }

    FollowUpReschedule(Long followUpId, Instant fromDueAt, Instant toDueAt, String reason, Instant occurredAt,
                       String actor) {
        this.followUpId = followUpId;
        this.fromDueAt = fromDueAt;
        this.toDueAt = toDueAt;
        this.reason = reason.strip();
        this.occurredAt = occurredAt;
        this.actor = actor;
    }

    Long getFollowUpId() {
        return followUpId;
    }
}
