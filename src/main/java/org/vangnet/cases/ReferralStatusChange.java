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
import java.time.LocalDate;

/** One line of a referral's history; written once, never changed. */
@Entity
@Table(name = "case_referral_status")
class ReferralStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private Long referralId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false, length = 10)
    private ReferralStatus status;

    @Column(name = "status_date", nullable = false, updatable = false)
    private LocalDate statusDate;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 50)
    private String recordedBy;

    protected ReferralStatusChange() {
    }

    ReferralStatusChange(Referral referral, Instant recordedAt, String recordedBy) {
        this.referralId = referral.getId();
        this.caseId = referral.getCaseId();
        this.status = referral.getStatus();
        this.statusDate = referral.getStatusDate();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    Long getReferralId() {
        return referralId;
    }

    ReferralStep toStep() {
        return new ReferralStep(status, statusDate, recordedAt, recordedBy);
    }
}
