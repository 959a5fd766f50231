package org.vangnet.spreaders;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.Paging;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.cases.CaseAccess;
import org.vangnet.cases.CaseEntities;
import org.vangnet.security.CurrentUser;
import org.vangnet.spreaders.SpreaderEvents.SpreaderChanged;
import org.vangnet.spreaders.SpreaderEvents.SpreaderRecorded;

/**
 * Recording who spread or passed on the client's images, and what came of asking them to delete.
 * Every change is checked against the user's scope and goes through the case's record keeping (a
 * timeline line and an audit line naming the case); every read of the list is audited with the case,
 * since it names third parties.
 */
@Service
public class SpreaderService {

    static final String AUDIT_TYPE = "CASE_SPREADER";
    static final String AUDIT_LIST = "CASE_SPREADER_LIST";

    private final SpreaderRepository spreaders;
    private final CaseAccess access;
    private final CaseEntities entities;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SpreaderService(SpreaderRepository spreaders, CaseAccess access, CaseEntities entities, CurrentUser currentUser,
                    AuditTrail auditTrail, ApplicationEventPublisher events, Clock clock) {
        this.spreaders = spreaders;
        this.access = access;
        this.entities = entities;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /** Records a spreader or forwarder on the case; returns its id. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long record(Long caseId, SpreaderDetails details) {
        access.requireAccess(caseId);
        var saved = spreaders.save(new Spreader(caseId, details, today(), clock.instant(),
                currentUser.require().getUsername()));
        events.publishEvent(new SpreaderRecorded(caseId, saved.getId(), saved.getRole(), saved.getRelation()));
        return saved.getId();
    }

    /**
     * Changes what is known of a spreader, if it is still at the version the form was loaded with
     * (else {@link ConcurrentChangeException}, nothing overwritten).
     */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void change(Long caseId, Long spreaderId, long expectedVersion, SpreaderDetails details) {
        var spreader = entities.requireAt(caseId, spreaders, spreaderId, expectedVersion);
        boolean deletionChanged = spreader.change(details, today());
        spreaders.flush();
        events.publishEvent(new SpreaderChanged(caseId, spreaderId, spreader.getRole(), spreader.getDeletion(),
                deletionChanged));
    }

    /** The case's spreaders and forwarders, first recorded first. Not read-only: the read is audited. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public Slice<SpreaderView> list(Long caseId, Pageable pageable) {
        access.requireAccess(caseId);
        auditTrail.record(AuditEntry.read(AUDIT_LIST, caseId).inCase(caseId));
        return spreaders.findByCaseIdOrderById(caseId, Paging.capped(pageable)).map(Spreader::toView);
    }

    private java.time.LocalDate today() {
        return clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
    }
}
