package org.vangnet.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.DomainException;

/** Where one step of the advice stands on one case, and since when. */
@Entity
@Table(name = "case_advice")
class CaseAdvice extends AbstractEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "step_id", nullable = false, updatable = false)
    private Long stepId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private AdviceState state;

    @Column(name = "state_date", nullable = false)
    private LocalDate date;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected CaseAdvice() {
    }

    CaseAdvice(Long caseId, Long stepId) {
        this.caseId = caseId;
        this.stepId = stepId;
    }

    void mark(AdviceState newState, LocalDate newDate, LocalDate today, Instant now, String by) {
        if (newState == null) {
            throw DomainException.onField("state", "validation.required");
        }
        if (newDate == null) {
            throw DomainException.onField("date", "validation.required");
        }
        if (newDate.isAfter(today)) {
            throw DomainException.onField("date", "validation.advice.future");
        }
        this.state = newState;
        this.date = newDate;
        this.recordedAt = now;
        this.recordedBy = by;
    }

    Long getStepId() {
        return stepId;
    }

    AdviceState getState() {
        return state;
    }

    LocalDate getDate() {
        return date;
    }
}
