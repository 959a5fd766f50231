package org.vangnet.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    /**
     * What is known of the client and what happened was changed (the Client tab); {@code harms} are
     * the case's kinds of harm after the change (takedowns keeps its notices' type of content in step).
     */
    public record ClientDetailsChanged(Long caseId, java.util.Set<HarmKind> harms) implements CaseActivity {

        public ClientDetailsChanged {
            harms = java.util.Set.copyOf(harms);
        }

        @Override
        public Line timelineLine() {
            return new Line("CLIENT", "timeline.case.client-updated", List.of());
        }

        @Override
        public Audit audit() {
            return Audit.updated(CaseAccess.AUDIT_TYPE, caseId, "client");
        }
    }

    /**
     * The case turned out to involve a minor (no images from now on, child helpline route); the
     * change that showed it carries the audit line.
     */
    public record MinorFlagged(Long caseId) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("CLIENT", "timeline.case.minor-flagged", List.of());
        }
    }

    /** A supervisor approved the closing a counsellor made. */
    public record ClosingApproved(Long caseId) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("STATUS", "timeline.case.closing-approved", List.of());
        }

        @Override
        public Audit audit() {
            return Audit.updated(CaseAccess.AUDIT_TYPE, caseId, "closing-approved");
        }
    }

    /** A colleague of the team may now see and work on the case; the name is for the timeline line. */
    public record CaseShared(Long caseId, Long colleagueId, String colleagueName) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("SHARED", "timeline.case.shared", List.of(colleagueName));
        }

        @Override
        public Audit audit() {
            return Audit.updated(CaseAccess.AUDIT_TYPE, caseId, "shared:" + colleagueId);
        }
    }

    /** A deadline runs against the client (an extorter's, say): the case became urgent. */
    public record DeadlineRunning(Long caseId, Priority priority) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("PRIORITY", "timeline.case.deadline-running", List.of(t("case.priority.", priority)));
        }

        @Override
        public Audit audit() {
            return Audit.updated(CaseAccess.AUDIT_TYPE, caseId, "risk:deadline");
        }
    }

    /** Evidence was described on the case (what, where, when); a file may follow. */
    public record EvidenceLogged(Long caseId, Long evidenceId, EvidenceKind kind) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("EVIDENCE", "timeline.evidence.logged", List.of(t("evidence.kind.", kind)));
        }

        @Override
        public Audit audit() {
            return Audit.created(EvidenceService.AUDIT_TYPE, evidenceId, "kind:" + kind);
        }
    }

    /** A file (never an intimate image, never any image of a minor) was attached to logged evidence. */
    public record EvidenceFileAttached(Long caseId, Long evidenceId, String mediaType) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("EVIDENCE", "timeline.evidence.file-attached", List.of(mediaType));
        }

        @Override
        public Audit audit() {
            return Audit.updated(EvidenceService.AUDIT_TYPE, evidenceId, "file-attached");
        }
    }

    /**
     * What the client wants of the police, and where the complaint stands, was recorded; with the
     * aggravating circumstances noted for the police (empty: none).
     */
    public record PoliceComplaintUpdated(Long caseId, ComplaintWish wish, Set<AggravatingCircumstance> aggravating)
            implements CaseActivity {
        public PoliceComplaintUpdated {
            aggravating = aggravating == null ? Set.of() : Set.copyOf(aggravating);
        }

        @Override
        public Line timelineLine() {
            var arguments = new ArrayList<String>();
            arguments.add(t("complaint.wish.", wish));
            noted().forEach(a -> arguments.add(t("complaint.aggravating.", a)));
            String key = switch (aggravating.size()) {
                case 0 -> "timeline.police.updated";
                case 1 -> "timeline.police.updated-aggravating";
                default -> "timeline.police.updated-aggravating-both";
            };
            return new Line("POLICE", key, List.copyOf(arguments));
        }

        @Override
        public Audit audit() {
            String detail = "wish:" + wish;
            if (!aggravating.isEmpty()) {
                detail += ",aggravating:" + String.join("+", noted().stream().map(Enum::name).toList());
            }
            return Audit.updated(PoliceComplaintService.AUDIT_TYPE, caseId, detail);
        }

        private List<AggravatingCircumstance> noted() {
            return aggravating.stream().sorted().toList();
        }
    }

    /**
     * The client was referred to a partner; {@code partnerLine} is how the timeline names it (never a
     * name typed on the case).
     */
    public record ReferralAdded(Long caseId, Long referralId, Partner partner, String partnerLine,
                                ReferralStatus status) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("REFERRAL", "timeline.referral.added", List.of(partnerLine, t("referral.status.", status)));
        }

        @Override
        public Audit audit() {
            return Audit.created(ReferralService.AUDIT_TYPE, referralId, "partner:" + partner);
        }
    }

    /** A referral moved on (contacted, accepted, ...). */
    public record ReferralStatusChanged(Long caseId, Long referralId, String partnerLine, ReferralStatus status)
            implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("REFERRAL", "timeline.referral.status", List.of(partnerLine, t("referral.status.", status)));
        }

        @Override
        public Audit audit() {
            return Audit.updated(ReferralService.AUDIT_TYPE, referralId, "status:" + status);
        }
    }

    /** A timeline argument that the screen translates: {@code t("case.status.", status)}. */
    public static String t(String prefix, Enum<?> value) {
        return "t:" + prefix + value.name();
    }
}
