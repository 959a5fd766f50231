package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.time.HelplineZone;

/** Whether the client wants to go to the police, and what happened when they did. */
@Service
public class PoliceComplaintService {

    private final PoliceComplaintRepository complaints;
    private final CaseAccess access;
    private final Timeline timeline;
    private final AuditTrail auditTrail;
    private final Clock clock;

    PoliceComplaintService(PoliceComplaintRepository complaints, CaseAccess access, Timeline timeline,
                           AuditTrail auditTrail, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.timeline = timeline;
        this.auditTrail = auditTrail;
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
        timeline.record(caseId, "POLICE", "timeline.police.updated", List.of(CaseEvents.t("complaint.wish.", data.wish())));
        auditTrail.record(AuditEntry.updated("CASE_POLICE", caseId, "wish:" + data.wish()).inCase(caseId));
    }
}
