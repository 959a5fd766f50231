package org.vangnet.cases;

import jakarta.persistence.Convert;
import org.vangnet.base.crypto.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;

/** The client referred to a partner organisation, and where that stands. */
@Entity
@Table(name = "case_referral")
class Referral extends AbstractEntity implements CaseOwned {

    static final int MAX_OTHER_NAME = ReferralService.MAX_OTHER_NAME;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner", nullable = false, length = 30)
    private Partner partner;

    @Convert(converter = EncryptedText.class)
    @Column(name = "other_name", length = MAX_OTHER_NAME)
    private String otherName;

    /** The partner in the referral directory; {@code null} for a name typed on the case (OTHER). */
    @Column(name = "partner_id", updatable = false)
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ReferralStatus status;

    @Column(name = "status_date", nullable = false)
    private LocalDate statusDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Referral() {
    }

    Referral(Long caseId, Partner partner, String otherName, ReferralStatus status, LocalDate date, Instant now) {
        if (partner == null) {
            throw DomainException.onField("partner", "validation.required");
        }
        String name = Texts.line("otherName", otherName, MAX_OTHER_NAME);
        if (partner == Partner.OTHER && name == null) {
            throw DomainException.onField("otherName", "validation.referral.other-name-required");
        }
        this.caseId = caseId;
        this.partner = partner;
        this.otherName = name == null || name.isEmpty() ? null : name;
        this.createdAt = now;
        changeStatus(status, date);
    }

    /**
     * A referral to a partner of the directory. One that stands for a name of the old fixed list
     * keeps that name as its {@code partner}; one an administrator added is OTHER with its name,
     * so everything that reads the list's names still reads a meaningful value.
     */
    Referral(Long caseId, ReferralPartners.PartnerRef partner, ReferralStatus status, LocalDate date, Instant now) {
        this(caseId, partner.code() == null ? Partner.OTHER : partner.code(),
                partner.code() == null ? partner.name() : null, status, date, now);
        this.partnerId = partner.id();
    }

    void changeStatus(ReferralStatus newStatus, LocalDate date) {
        if (newStatus == null) {
            throw DomainException.onField("status", "validation.required");
        }
        if (date == null) {
            throw DomainException.onField("date", "validation.required");
        }
        this.status = newStatus;
        this.statusDate = date;
    }

    ReferralView toView() {
        return toView(List.of());
    }

    ReferralView toView(List<ReferralStep> history) {
        return new ReferralView(getId(), getVersion(), partner, otherName, partnerId, status, statusDate, history);
    }

    public Long getCaseId() {
        return caseId;
    }

    Partner getPartner() {
        return partner;
    }

    ReferralStatus getStatus() {
        return status;
    }

    Long getPartnerId() {
        return partnerId;
    }

    String getOtherName() {
        return otherName;
    }

    LocalDate getStatusDate() {
        return statusDate;
    }

    void linkTo(Long directoryPartnerId) {
        this.partnerId = directoryPartnerId;
    }
}
