package org.vangnet.takedowns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One step in a request's history: from what to what, when, by whom. */
@Entity
@Immutable
@Table(name = "takedown_transition")
class TakedownTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private TakedownStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private TakedownStatus to;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 50)
    private String actor;

    @Column(name = "actor_role", length = 20)
    private String actorRole;

    protected TakedownTransition() {
    }

    TakedownTransition(Long requestId, TakedownStatus from, TakedownStatus to, Instant occurredAt, String actor,
                       String actorRole) {
        this.requestId = requestId;
        this.from = from;
        this.to = to;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
    }

    TransitionView toView() {
        return new TransitionView(from, to, occurredAt, actor, actorRole);
    }
}
