package org.vangnet.cases;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditOutcome;
import org.vangnet.base.audit.AuditTrail;

/**
 * The one place that turns something that happened to a case into its record: the line on the
 * case's timeline and the line in the audit trail, which names the case. A synchronous listener,
 * so both are written in the transaction of the change and stand or fall with it (a pseudonymised
 * case refuses the timeline line, and so the change). See docs/decisions/015-case-record-keeping.md.
 */
@Component
class CaseRecordKeeper {

    private final Timeline timeline;
    private final AuditTrail auditTrail;

    CaseRecordKeeper(Timeline timeline, AuditTrail auditTrail) {
        this.timeline = timeline;
        this.auditTrail = auditTrail;
    }

    @EventListener
    void on(CaseActivity activity) {
        var line = activity.timelineLine();
        timeline.record(activity.caseId(), line.type(), line.key(), line.arguments());
        var audit = activity.audit();
        if (audit != null) {
            auditTrail.record(new AuditEntry(audit.action(), audit.objectType(),
                    audit.objectId() == null ? null : audit.objectId().toString(), AuditOutcome.SUCCESS, audit.detail(),
                    null, null, activity.caseId()));
        }
    }
}
