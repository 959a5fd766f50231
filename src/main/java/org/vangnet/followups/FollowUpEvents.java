package org.vangnet.followups;

import static org.vangnet.cases.CaseEvents.t;

import java.util.List;
import org.vangnet.cases.CaseActivity;

/**
 * What happens to follow-ups; each lands on the case's timeline. Arguments carry no personal data:
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
    }

    public record FollowUpCompleted(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.followup.done", kind);
        }
    }

    public record FollowUpDismissed(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.followup.dismissed", kind);
        }
    }

    /** Dismissed because its case was closed: the timeline says so, with the kind. */
    public record FollowUpDismissedWithCase(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.followup.dismissed-with-case", kind);
        }
    }

    public record FollowUpRescheduled(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.followup.rescheduled", kind);
        }
    }

    public record FollowUpReassigned(Long caseId, Long followUpId, FollowUpKind kind, Long assigneeId)
            implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.followup.reassigned", kind);
        }
    }

    public record FollowUpChanged(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.followup.changed", kind);
        }
    }

    /** A timeline line about a follow-up of the given kind. */
    private static CaseActivity.Line line(String messageKey, FollowUpKind kind) {
        return new CaseActivity.Line(TIMELINE_TYPE, messageKey, List.of(t("followup.kind.", kind)));
    }
}
