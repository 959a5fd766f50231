package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;

/** Referring the client to partners (Child Focus, Awel, the police...) and following the answer. */
@Service
public class ReferralService {

    private final ReferralRepository referrals;
    private final CaseAccess access;
    private final CaseEntities caseEntities;
    private final Timeline timeline;
    private final AuditTrail auditTrail;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, CaseAccess access, CaseEntities caseEntities, Timeline timeline, AuditTrail auditTrail,
                    Clock clock) {
        this.referrals = referrals;
        this.access = access;
        this.caseEntities = caseEntities;
        this.timeline = timeline;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long refer(Long caseId, Partner partner, String otherName, ReferralStatus status, LocalDate date) {
        access.requireAccess(caseId);
        var referral = referrals.save(new Referral(caseId, partner, otherName, status, date, clock.instant()));
        timeline.record(caseId, "REFERRAL", "timeline.referral.added",
                List.of(CaseEvents.t("partner.", partner), CaseEvents.t("referral.status.", status)));
        auditTrail.record(AuditEntry.created("CASE_REFERRAL", referral.getId()).withDetail("partner:" + partner).inCase(caseId));
        return referral.getId();
    }

    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void changeStatus(Long caseId, Long referralId, long expectedVersion, ReferralStatus status,
                             LocalDate date) {
        var referral = caseEntities.requireAt(caseId, referrals, referralId, expectedVersion);
        referral.changeStatus(status, date);
        timeline.record(caseId, "REFERRAL", "timeline.referral.status",
                List.of(CaseEvents.t("partner.", referral.getPartner()), CaseEvents.t("referral.status.", status)));
        auditTrail.record(AuditEntry.updated("CASE_REFERRAL", referralId, "status:" + status).inCase(caseId));
    }

    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public List<ReferralView> list(Long caseId) {
        access.requireAccess(caseId);
        return referrals.findByCaseIdOrderByIdAsc(caseId).stream().map(Referral::toView).toList();
    }
}
