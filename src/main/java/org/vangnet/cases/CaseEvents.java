package org.vangnet.cases;

import java.time.Instant;
import java.util.List;

/** Events the cases module publishes; they are recorded on the case's own timeline as well. */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** A case was opened: when and through which channel is the client's first contact. */
    public record CaseOpened(Long caseId, String reference, Long teamId, Long counsellorId, Instant openedAt,
                             IntakeChannel intakeChannel) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("OPENED", "timeline.case.opened", List.of(reference, t("case.channel.", intakeChannel)));
        }

        @Override
        public Audit audit() {
            return Audit.created(CaseAccess.AUDIT_TYPE, caseId, null);
        }
    }

    /**
     * The case moved on; registered by the case itself. {@code waitingOn} is set for a waiting case,
     * {@code reason} for a closed one.
     */
    public record CaseStatusChanged(Long caseId, CaseStatus from, CaseStatus to, WaitingOn waitingOn,
                                    ClosingReason reason) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return switch (to) {
                case WAITING -> new Line("STATUS", "timeline.case.status-waiting",
                        List.of(t("case.status.", from), t("case.waiting.", waitingOn)));
                case CLOSED -> new Line("STATUS", "timeline.case.status-closed",
                        List.of(t("case.status.", from), t("case.closing.", reason)));
                default -> new Line("STATUS", "timeline.case.status-changed",
                        List.of(t("case.status.", from), t("case.status.", to)));
            };
        }

        @Override
        public Audit audit() {
            return Audit.updated(CaseAccess.AUDIT_TYPE, caseId, "status:" + to);
        }
    }

    /** The case got a (new) counsellor; the name is for the timeline line. */
    public record CaseAssigned(Long caseId, Long counsellorId, String counsellorName) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("ASSIGNED", "timeline.case.assigned", List.of(counsellorName));
        }

        @Override
        public Audit audit() {
            return Audit.updated(CaseAccess.AUDIT_TYPE, caseId, "assigned:" + counsellorId);
        }
    }

    /** The client gave ({@code given}) or withdrew consent for an action, in the form {@code how}. */
    public record ConsentRecorded(Long caseId, ConsentAction action, boolean given, ConsentForm how, Long consentId)
            implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("CONSENT", given ? "timeline.consent.given" : "timeline.consent.withdrawn",
                    List.of(t("consent.action.", action), t("consent.form.", how)));
        }

        @Override
        public Audit audit() {
            return Audit.created("CASE_CONSENT", consentId, (given ? "given:" : "withdrawn:") + action);
        }
    }

    /** A timeline argument that the screen translates: {@code t("case.status.", status)}. */
    public static String t(String prefix, Enum<?> value) {
        return "t:" + prefix + value.name();
    }
}
