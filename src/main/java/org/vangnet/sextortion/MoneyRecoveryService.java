package org.vangnet.sextortion;

import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.cases.CaseAccess;
import org.vangnet.security.CurrentUser;
import org.vangnet.sextortion.SextortionEvents.PaymentReported;
import org.vangnet.sextortion.SextortionEvents.RecoveryChanged;
import org.vangnet.base.time.HelplineZone;

/** Getting money back: payments the client reported to the bank or transfer service, and what came of them. */
@Service
public class MoneyRecoveryService {

    static final String AUDIT_TYPE = "MONEY_RECOVERY";
    /** "Today" for a reporting date is the helpline's day, not the server's. */
    private final MoneyRecoveryRepository recoveries;
    private final ExtorterRepository extorters;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MoneyRecoveryService(MoneyRecoveryRepository recoveries, ExtorterRepository extorters, CaseAccess access,
                         CurrentUser currentUser, ApplicationEventPublisher events,
                         Clock clock) {
        this.recoveries = recoveries;
        this.extorters = extorters;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long report(Long caseId, Long extorterId, RecoveryEntry entry) {
        access.requireAccess(caseId);
        extorters.requireInCase(caseId, extorterId);
        var recovery = recoveries.save(new MoneyRecovery(caseId, extorterId, entry, today(), clock.instant(),
                currentUser.require().getUsername()));
        events.publishEvent(new PaymentReported(caseId, recovery.getId(), recovery.getOutcome()));
        return recovery.getId();
    }

    /** Corrects the request or records its outcome; {@code expectedVersion} is the version the form was loaded with. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void change(Long caseId, Long recoveryId, long expectedVersion, RecoveryEntry entry) {
        access.requireAccess(caseId);
        var recovery = recoveries.findById(recoveryId).filter(r -> r.getCaseId().equals(caseId))
                .orElseThrow(() -> new DomainException("error.not-found"));
        ConcurrentChangeException.check(recovery, expectedVersion);
        RecoveryOutcome before = recovery.getOutcome();
        recovery.change(entry, today(), clock.instant());
        events.publishEvent(new RecoveryChanged(caseId, recoveryId, before, recovery.getOutcome()));
    }

    private LocalDate today() {
        return clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
    }
}
