package org.vangnet.sextortion;

import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.cases.CaseAccess;
import org.vangnet.cases.CaseService;
import org.vangnet.security.CurrentUser;
import org.vangnet.sextortion.SextortionEvents.ClientPaidExtorter;
import org.vangnet.sextortion.SextortionEvents.ExtortionContactChanged;
import org.vangnet.sextortion.SextortionEvents.ExtortionContactLogged;

/**
 * The contact log: every contact an extorter made, what they demanded, by when, and what was
 * advised. A deadline still ahead makes the case urgent (the cases module owns priority; it is told
 * through {@link CaseService#markDeadlineRunning}).
 */
@Service
public class ContactLogService {

    static final String AUDIT_TYPE = "EXTORTION_CONTACT";

    private final ExtortionContactRepository contacts;
    private final ExtorterRepository extorters;
    private final CaseAccess access;
    private final CaseService cases;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactLogService(ExtortionContactRepository contacts, ExtorterRepository extorters, CaseAccess access,
                      CaseService cases, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.contacts = contacts;
        this.extorters = extorters;
        this.access = access;
        this.cases = cases;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long log(Long caseId, Long extorterId, ContactEntry entry) {
        access.requireAccess(caseId);
        extorters.requireInCase(caseId, extorterId);
        var now = clock.instant();
        var contact = contacts.save(new ExtortionContact(caseId, extorterId, entry, now,
                currentUser.require().getUsername()));
        boolean running = contact.deadlineRunning(now);
        events.publishEvent(new ExtortionContactLogged(caseId, contact.getId(), contact.getChannel(),
                contact.getDemands(), running, contact.getDeadline(), contact.isPaid()));
        if (contact.isPaid()) {
            events.publishEvent(new ClientPaidExtorter(caseId, contact.getId(), entry.paymentMethod()));
        }
        if (running) {
            cases.markDeadlineRunning(caseId, contact.getDeadline());
        }
        return contact.getId();
    }

    /** Corrects a logged contact; {@code expectedVersion} is the version the form was loaded with. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void change(Long caseId, Long contactId, long expectedVersion, ContactEntry entry) {
        access.requireAccess(caseId);
        var contact = contacts.findById(contactId).filter(c -> c.getCaseId().equals(caseId))
                .orElseThrow(() -> new DomainException("error.not-found"));
        ConcurrentChangeException.check(contact, expectedVersion);
        boolean paidBefore = contact.isPaid();
        var now = clock.instant();
        contact.change(entry, now);
        boolean running = contact.deadlineRunning(now);
        events.publishEvent(new ExtortionContactChanged(caseId, contactId, contact.getChannel(), contact.getDeadline(),
                running, contact.isPaid()));
        if (contact.isPaid() && !paidBefore) {
            events.publishEvent(new ClientPaidExtorter(caseId, contactId, entry.paymentMethod()));
        }
        if (running) {
            cases.markDeadlineRunning(caseId, contact.getDeadline());
        }
    }

    /** What the audit line says about the contact: a running deadline, a payment; nothing when neither. */
    static String auditDetail(boolean deadlineRunning, boolean paid) {
        String detail = (deadlineRunning ? ",deadline-running" : "") + (paid ? ",paid" : "");
        return detail.isEmpty() ? null : detail.substring(1);
    }
}
