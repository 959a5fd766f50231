package org.vangnet.cases;

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

/** One moment of consent: given or withdrawn, for one kind of action, how and by whom recorded. */
@Entity
@Immutable
@Table(name = "case_consent")
class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_kind", nullable = false, length = 30)
    private ConsentAction action;

    @Column(name = "given", nullable = false)
    private boolean given;

    @Enumerated(EnumType.STRING)
    @Column(name = "how", nullable = false, length = 10)
    private ConsentForm how;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected Consent() {
    }

    Consent(Long caseId, ConsentAction action, boolean given, ConsentForm how, Instant recordedAt, String recordedBy) {
        this.caseId = caseId;
        this.action = action;
        this.given = given;
        this.how = how;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    ConsentState toState(String recordedByName) {
        return new ConsentState(action, given, how, recordedAt, recordedBy, recordedByName);
    }

    ConsentAction action() {
        return action;
    }

    String recordedBy() {
        return recordedBy;
    }

    Long getId() {
        return id;
    }
}
