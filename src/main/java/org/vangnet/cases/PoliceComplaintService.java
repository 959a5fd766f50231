package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.time.HelplineZone;

/** Whether the client wants to go to the police, and what happened when they did. */
@Service
public class PoliceComplaintService {

    static final String AUDIT_TYPE = "CASE_POLICE";

    private final PoliceComplaintRepository complaints;
    private final CaseAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PoliceComplaintService(PoliceComplaintRepository complaints, CaseAccess access,
                           ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public PoliceComplaintView get(Long caseId) {
        access.requireAccess(caseId);
        return complaints.findById(caseId).map(PoliceComplaint::toView).orElse(PoliceComplaintView.NONE);
    }

    /** Saves the complaint; {@code data.version()} is the version the form was loaded with (-1: none yet). */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void save(Long caseId, PoliceComplaintView data) {
        access.requireAccess(caseId);
        var complaint = complaints.findById(caseId).orElse(null);
        if (complaint == null) {
            if (data.version() != PoliceComplaintView.NONE.version()) {
                throw new ConcurrentChangeException();
            }
            complaint = new PoliceComplaint(caseId);
        } else if (complaint.getVersion() != data.version()) {
            throw new ConcurrentChangeException();
        }
        complaint.update(data, clock.instant().atZone(HelplineZone.ZONE).toLocalDate(), clock.instant());
        complaints.save(complaint);
        events.publishEvent(new CaseEvents.PoliceComplaintUpdated(caseId, data.wish(), complaint.aggravating()));
    }
}
