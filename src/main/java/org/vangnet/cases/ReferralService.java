package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.domain.DomainException;
import org.vangnet.security.CurrentUser;

/** Referring the client to partners (Child Focus, Awel, the police...) and following the answer. */
@Service
public class ReferralService {

    /** The longest name of a partner not in the directory, in characters. */
    public static final int MAX_OTHER_NAME = 100;

    static final String AUDIT_TYPE = "CASE_REFERRAL";

    private final ReferralRepository referrals;
    private final ReferralStatusChangeRepository history;
    private final ReferralPartners partners;
    private final CurrentUser currentUser;
    private final CaseAccess access;
    private final CaseEntities caseEntities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, ReferralStatusChangeRepository history,
                    org.springframework.beans.factory.ObjectProvider<ReferralPartners> partners,
                    CurrentUser currentUser, CaseAccess access, CaseEntities caseEntities,
                    ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.history = history;
        // The directory module provides the partners; without it (a module test of cases alone) there
        // are none, and only the fixed names can be used.
        this.partners = partners.getIfAvailable(NoPartners::new);
        this.currentUser = currentUser;
        this.access = access;
        this.caseEntities = caseEntities;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long refer(Long caseId, Partner partner, String otherName, ReferralStatus status, LocalDate date) {
        access.requireAccess(caseId);
        var referral = new Referral(caseId, partner, otherName, status, date, clock.instant());
        partners.byCode(partner).ifPresent(p -> referral.linkTo(p.id()));
        return added(referral);
    }

    /** Refers the client to a partner of the referral directory (an active one). */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long refer(Long caseId, Long partnerId, ReferralStatus status, LocalDate date) {
        access.requireAccess(caseId);
        if (partnerId == null) {
            throw DomainException.onField("partner", "validation.required");
        }
        var partner = partners.active(partnerId)
                .orElseThrow(() -> DomainException.onField("partner", "validation.referral.partner-unknown"));
        return added(new Referral(caseId, partner, status, date, clock.instant()));
    }

    private Long added(Referral referral) {
        var saved = referrals.save(referral);
        recordHistory(saved);
        events.publishEvent(new CaseEvents.ReferralAdded(saved.getCaseId(), saved.getId(), saved.getPartner(),
                partnerArgument(saved), saved.getStatus()));
        return saved.getId();
    }

    /**
     * The partner on the timeline: a directory partner an administrator added by its name (not
     * personal data), anything else by the translated name of the list; a name typed on the case
     * (OTHER) never goes on the timeline.
     */
    private static String partnerArgument(Referral referral) {
        return referral.getPartner() == Partner.OTHER && referral.getPartnerId() != null
                ? referral.getOtherName() : CaseEvents.t("partner.", referral.getPartner());
    }

    private void recordHistory(Referral referral) {
        history.save(new ReferralStatusChange(referral, clock.instant(),
                currentUser.get().map(u -> u.getUsername()).orElse(Timeline.SYSTEM)));
    }

    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void changeStatus(Long caseId, Long referralId, long expectedVersion, ReferralStatus status,
                             LocalDate date) {
        var referral = caseEntities.requireAt(caseId, referrals, referralId, expectedVersion);
        referral.changeStatus(status, date);
        recordHistory(referral);
        events.publishEvent(new CaseEvents.ReferralStatusChanged(caseId, referralId, partnerArgument(referral), status));
    }

    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public List<ReferralView> list(Long caseId) {
        access.requireAccess(caseId);
        Map<Long, List<ReferralStep>> steps = history.findByCaseIdOrderByIdAsc(caseId).stream()
                .collect(Collectors.groupingBy(ReferralStatusChange::getReferralId,
                        Collectors.mapping(ReferralStatusChange::toStep, Collectors.toList())));
        return referrals.findByCaseIdOrderByIdAsc(caseId).stream()
                .map(r -> r.toView(steps.getOrDefault(r.getId(), List.of()))).toList();
    }

    private static final class NoPartners implements ReferralPartners {

        @Override
        public java.util.Optional<PartnerRef> active(Long partnerId) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<PartnerRef> byCode(Partner partner) {
            return java.util.Optional.empty();
        }
    }
}
