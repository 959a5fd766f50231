package org.vangnet.takedowns;

import java.util.List;
import org.vangnet.cases.CaseActivity;
import org.vangnet.cases.CaseEvents;

/** What happens to takedown requests; each lands on the case's timeline. */
public final class TakedownEvents {

    private TakedownEvents() {
    }

    /** A request was created (as a draft, or with evidence already captured). */
    public record TakedownCreated(Long caseId, Long requestId, String platformName, TakedownStatus status,
                                  String platformCode) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("TAKEDOWN", "timeline.takedown.created",
                    List.of(platformName, CaseEvents.t("takedown.status.", status)));
        }

        @Override
        public Audit audit() {
            return Audit.created(TakedownService.AUDIT_TYPE, requestId, "platform:" + platformCode);
        }
    }

    /** A request moved on: submitted, removed, refused, escalated... Follow-ups react to these. */
    public record TakedownStatusChanged(Long caseId, Long requestId, String platformName, TakedownStatus from,
                                        TakedownStatus to) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("TAKEDOWN", "timeline.takedown.status",
                    List.of(platformName, CaseEvents.t("takedown.status.", from), CaseEvents.t("takedown.status.", to)));
        }

        @Override
        public Audit audit() {
            return Audit.updated(TakedownService.AUDIT_TYPE, requestId, "status:" + to);
        }
    }

    /** A hash-service submission (StopNCII, Take It Down) was recorded. */
    public record HashSubmissionRecorded(Long caseId, HashService service, int items, Long submissionId)
            implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("HASH", "timeline.takedown.hash",
                    List.of(CaseEvents.t("hash.service.", service), String.valueOf(items)));
        }

        @Override
        public Audit audit() {
            return Audit.created(HashSubmissions.AUDIT_TYPE, submissionId, "service:" + service);
        }
    }

    /**
     * A move set a deadline that runs from now: the six-hour court-order deadline (submitted through
     * a court order) or the appeal deadline (a refusal or restriction). Either may be {@code null}.
     * Follow-ups plan reminders from it; it puts no line on the timeline (the move already does).
     */
    public record TakedownDeadlinesSet(Long caseId, Long requestId, java.time.Instant courtOrderDeadline,
                                       java.time.LocalDate appealDeadline) {
    }
}
