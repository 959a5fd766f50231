package org.vangnet.sextortion;

import jakarta.persistence.Convert;
import org.vangnet.base.crypto.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;

/**
 * A payment to an extorter that the client reported to the bank or transfer service, and what came
 * of it: pending, refused, partly or fully recovered. A recovered amount belongs only to an outcome
 * that recovered money, and is then never more than the amount paid.
 */
@Entity
@Table(name = "money_recovery")
class MoneyRecovery extends AbstractEntity {

    static final int MAX_INSTITUTION = RecoveryEntry.MAX_INSTITUTION;
    static final int MAX_REFERENCE = RecoveryEntry.MAX_REFERENCE;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "extorter_id", nullable = false, updatable = false)
    private Long extorterId;

    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    @Convert(converter = EncryptedText.class)
    @Column(name = "institution", nullable = false, length = MAX_INSTITUTION)
    private String institution;

    @Convert(converter = EncryptedText.class)
    @Column(name = "reference", length = MAX_REFERENCE)
    private String reference;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private RecoveryOutcome outcome;

    @Column(name = "recovered_amount", precision = 12, scale = 2)
    private BigDecimal recovered;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MoneyRecovery() {
    }

    MoneyRecovery(Long caseId, Long extorterId, RecoveryEntry entry, LocalDate today, Instant now, String by) {
        this.caseId = caseId;
        this.extorterId = extorterId;
        this.createdAt = now;
        this.createdBy = by;
        change(entry, today, now);
    }

    void change(RecoveryEntry entry, LocalDate today, Instant now) {
        if (entry == null) {
            throw new DomainException("validation.required");
        }
        if (entry.reportedOn() == null) {
            throw DomainException.onField("reportedOn", "validation.required");
        }
        if (entry.reportedOn().isAfter(today)) {
            throw DomainException.onField("reportedOn", "validation.date.future");
        }
        // Free text cleaned and refused in one place (decision 024).
        String where = Objects.requireNonNullElse(Texts.line("institution", entry.institution(), MAX_INSTITUTION), "");
        if (where.isEmpty()) {
            throw DomainException.onField("institution", "validation.recovery.institution-required");
        }
        String ref = Objects.requireNonNullElse(Texts.line("reference", entry.reference(), MAX_REFERENCE), "");
        if (entry.amount() == null) {
            throw DomainException.onField("amount", "validation.required");
        }
        BigDecimal paid = Money.amount("amount", entry.amount());
        String code = Money.currency("currency", entry.currency());
        if (entry.outcome() == null) {
            throw DomainException.onField("outcome", "validation.required");
        }
        BigDecimal back = null;
        if (entry.outcome() == RecoveryOutcome.FULLY_RECOVERED) {
            back = entry.recovered() == null ? paid : Money.amount("recovered", entry.recovered());
            if (back.compareTo(paid) != 0) {
                throw DomainException.onField("recovered", "validation.recovery.full-is-amount");
            }
        } else if (entry.outcome() == RecoveryOutcome.PARTLY_RECOVERED) {
            if (entry.recovered() == null) {
                throw DomainException.onField("recovered", "validation.recovery.partly-range");
            }
            back = Money.amount("recovered", entry.recovered());
            if (back.compareTo(paid) >= 0) {
                throw DomainException.onField("recovered", "validation.recovery.partly-range");
            }
        }
        this.reportedOn = entry.reportedOn();
        this.institution = where;
        this.reference = ref.isEmpty() ? null : ref;
        this.amount = paid;
        this.currency = code;
        this.outcome = entry.outcome();
        this.recovered = back;
        this.updatedAt = now;
    }

    RecoveryView toView() {
        return new RecoveryView(getId(), getVersion(), extorterId, reportedOn, institution, reference, amount, currency,
                outcome, recovered);
    }

    Long getCaseId() {
        return caseId;
    }

    RecoveryOutcome getOutcome() {
        return outcome;
    }
}
