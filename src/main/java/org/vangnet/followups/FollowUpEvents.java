package org.vangnet.followups;

import static org.vangnet.cases.CaseEvents.t;

import java.util.List;
import org.vangnet.cases.CaseActivity;

/**
 * What happens to follow-ups; each lands on the case's timeline and in the audit trail (CaseRecordKeeper). Arguments carry no personal data:
 * notes, outcomes and reasons stay with the follow-up, the timeline names only the kind.
 */
public final class FollowUpEvents {

    static final String TIMELINE_TYPE = "FOLLOW_UP";

    private FollowUpEvents() {
    }

    /** Scheduled by hand ({@code source} MANUAL) or by an automatic rule (its code). */
    public record FollowUpScheduled(Long caseId, Long followUpId, FollowUpKind kind, String source)
            implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line(FollowUp.MANUAL.equals(source) ? "timeline.followup.scheduled" : "timeline.followup.scheduled-auto",
                    kind);
        }

        @Override
        public Audit audit() {
            return Audit.created(FollowUpService.AUDIT_TYPE, followUpId, FollowUp.MANUAL.equals(source) ? null : "rule:" + source);
        }
    }

    public record FollowUpCompleted(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.followup.done", kind);
        }

        @Override
        public Audit audit() {
            return Audit.updated(FollowUpService.AUDIT_TYPE, followUpId, "status:DONE");
        }
    }

    public record FollowUpDismissed(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.followup.dismissed", kind);
        }

        @Override
        public Audit audit() {
            return Audit.updated(FollowUpService.AUDIT_TYPE, followUpId, "status:DISMISSED");
        }
    }

    /** Dismissed because its case was closed: the timeline says so, with the kind. */
    public record FollowUpDismissedWithCase(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.followup.dismissed-with-case", kind);
        }

        @Override
        public Audit audit() {
            return Audit.updated(FollowUpService.AUDIT_TYPE, followUpId, "status:DISMISSED,case-closed");
        }
    }

    public record FollowUpRescheduled(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.followup.rescheduled", kind);
        }

        @Override
        public Audit audit() {
            return Audit.updated(FollowUpService.AUDIT_TYPE, followUpId, "rescheduled");
        }
    }

    public record FollowUpReassigned(Long caseId, Long followUpId, FollowUpKind kind, Long assigneeId)
            implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.followup.reassigned", kind);
        }

        @Override
        public Audit audit() {
            return Audit.updated(FollowUpService.AUDIT_TYPE, followUpId, "assigned:" + assigneeId);
        }
    }

    public record FollowUpChanged(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.followup.changed", kind);
        }

        @Override
        public Audit audit() {
            return Audit.updated(FollowUpService.AUDIT_TYPE, followUpId, "described");
        }
    }

    /** A timeline line about a follow-up of the given kind. */
    private static CaseActivity.Line line(String messageKey, FollowUpKind kind) {
        return new CaseActivity.Line(TIMELINE_TYPE, messageKey, List.of(t("followup.kind.", kind)));
    }
}
