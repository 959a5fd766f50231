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
            return new Line(TIMELINE_TYPE, FollowUp.MANUAL.equals(source) ? "timeline.followup.scheduled" : "timeline.followup.scheduled-auto",
                    List.of(t("followup.kind.", kind)));
        }
    }

    public record FollowUpCompleted(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line(TIMELINE_TYPE, "timeline.followup.done",
                    List.of(t("followup.kind.", kind)));
        }
    }

    public record FollowUpDismissed(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line(TIMELINE_TYPE, "timeline.followup.dismissed",
                    List.of(t("followup.kind.", kind)));
        }
    }

    /** Dismissed because its case was closed: the timeline says so, with the kind. */
    public record FollowUpDismissedWithCase(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line(TIMELINE_TYPE, "timeline.followup.dismissed-with-case",
                    List.of(t("followup.kind.", kind)));
        }
    }

    public record FollowUpRescheduled(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line(TIMELINE_TYPE, "timeline.followup.rescheduled",
                    List.of(t("followup.kind.", kind)));
        }
    }

    public record FollowUpReassigned(Long caseId, Long followUpId, FollowUpKind kind, Long assigneeId)
            implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line(TIMELINE_TYPE, "timeline.followup.reassigned",
                    List.of(t("followup.kind.", kind)));
        }
    }

    public record FollowUpChanged(Long caseId, Long followUpId, FollowUpKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line(TIMELINE_TYPE, "timeline.followup.changed",
                    List.of(t("followup.kind.", kind)));
        }
    }
}
