package org.vangnet.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.vangnet.base.domain.AbstractEntity;

/** One mark of a step on a case, as it was made: the history {@link CaseAdvice} (the current state) does not keep. */
@Entity
@Table(name = "case_advice_mark")
class AdviceMark extends AbstractEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "step_id", nullable = false, updatable = false)
    private Long stepId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, updatable = false, length = 20)
    private AdviceState state;

    @Column(name = "state_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "marked_at", nullable = false, updatable = false)
    private Instant markedAt;

    @Column(name = "marked_by", nullable = false, updatable = false, length = 50)
    private String markedBy;

    protected AdviceMark() {
    }

    AdviceMark(Long caseId, Long stepId, AdviceState state, LocalDate date, Instant markedAt, String markedBy) {
        this.caseId = caseId;
        this.stepId = stepId;
        this.state = state;
        this.date = date;
        this.markedAt = markedAt;
        this.markedBy = markedBy;
    }

    AdviceMarkView toView() {
        return new AdviceMarkView(stepId, state, date, markedAt, markedBy);
    }
}
