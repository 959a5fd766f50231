package org.vangnet.sextortion;

import static org.vangnet.cases.CaseEvents.t;

import java.util.EnumSet;
import java.time.Instant;
import org.vangnet.base.audit.AuditAction;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vangnet.cases.CaseActivity;

/**
 * Events this module publishes. Each is also a {@link CaseActivity}, so it lands on the case's
 * timeline and (but a payment, which the contact's own line covers) in the audit trail, in the same transaction. Arguments carry no personal data: no identifier values, no
 * amounts, only kinds, platforms and outcomes (translated on screen) and counts.
 */
public final class SextortionEvents {

    static final String TIMELINE_TYPE = "SEXTORTION";

    private SextortionEvents() {
    }

    public record ExtorterAdded(Long caseId, Long extorterId) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.sextortion.extorter-added");
        }

        @Override
        public Audit audit() {
            return Audit.created(ExtorterService.AUDIT_EXTORTER, extorterId, null);
        }
    }

    public record ExtorterDescribed(Long caseId, Long extorterId) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.sextortion.extorter-described");
        }

        @Override
        public Audit audit() {
            return Audit.updated(ExtorterService.AUDIT_EXTORTER, extorterId, "described");
        }
    }

    /** {@code otherCases}: in how many other cases (of any team) the same identifier is known. */
    public record IdentifierRecorded(Long caseId, Long extorterId, Long identifierId, IdentifierKind kind,
                                     int otherCases) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.sextortion.identifier-added", t("sextortion.kind.", kind));
        }

        @Override
        public Audit audit() {
            return Audit.created(ExtorterService.AUDIT_IDENTIFIER, identifierId, "kind:" + kind + ",matches:" + otherCases);
        }
    }

    public record IdentifierRemoved(Long caseId, Long extorterId, Long identifierId, IdentifierKind kind)
            implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.sextortion.identifier-removed", t("sextortion.kind.", kind));
        }

        @Override
        public Audit audit() {
            return new Audit(AuditAction.DELETE, ExtorterService.AUDIT_IDENTIFIER, identifierId, "kind:" + kind);
        }
    }

    /** An identifier just recorded also appears in {@code otherCases} other cases (of any team). */
    public record ExtorterMatched(Long caseId, Long identifierId, IdentifierKind kind, int otherCases)
            implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.sextortion.match", t("sextortion.kind.", kind), String.valueOf(otherCases));
        }
    }

    /** A contact was logged; {@code deadline} is the extorter's deadline, if any (follow-ups plan around it). */
    public record ExtortionContactLogged(Long caseId, Long contactId, Platform channel, Set<Demand> demands,
                                         boolean deadlineRunning, Instant deadline, boolean paid)
            implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line(deadlineRunning ? "timeline.sextortion.contact-logged-deadline" : "timeline.sextortion.contact-logged",
                    t("sextortion.channel.", channel), demandsArgument(demands));
        }

        @Override
        public Audit audit() {
            return Audit.created(ContactLogService.AUDIT_TYPE, contactId, ContactLogService.auditDetail(deadlineRunning, paid));
        }
    }

    /** A logged contact was corrected; {@code deadline} as it stands now, if any. */
    public record ExtortionContactChanged(Long caseId, Long contactId, Platform channel, Instant deadline,
                                          boolean deadlineRunning, boolean paid) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.sextortion.contact-changed", t("sextortion.channel.", channel));
        }

        @Override
        public Audit audit() {
            return Audit.updated(ContactLogService.AUDIT_TYPE, contactId, ContactLogService.auditDetail(deadlineRunning, paid));
        }
    }

    /** The client paid an extorter (logged with a contact, or learned later). */
    public record ClientPaidExtorter(Long caseId, Long contactId, PaymentMethod method) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.sextortion.client-paid", t("sextortion.payment-method.", method));
        }
    }

    public record PaymentReported(Long caseId, Long recoveryId, RecoveryOutcome outcome) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.sextortion.recovery-reported", t("sextortion.recovery.outcome.", outcome));
        }

        @Override
        public Audit audit() {
            return Audit.created(MoneyRecoveryService.AUDIT_TYPE, recoveryId, "outcome:" + outcome);
        }
    }

    public record RecoveryChanged(Long caseId, Long recoveryId, RecoveryOutcome from, RecoveryOutcome to)
            implements CaseActivity {
        @Override
        public Line timelineLine() {
            return line("timeline.sextortion.recovery-changed",
                    t("sextortion.recovery.outcome.", from), t("sextortion.recovery.outcome.", to));
        }

        @Override
        public Audit audit() {
            return Audit.updated(MoneyRecoveryService.AUDIT_TYPE, recoveryId, "outcome:" + to);
        }
    }

    /**
     * The demands as one translated argument: a key per combination, e.g.
     * {@code t:sextortion.demands.MONEY-MORE_IMAGES}, so every language can join them its own way.
     */
    static String demandsArgument(Set<Demand> demands) {
        if (demands == null || demands.isEmpty()) {
            return "t:sextortion.demands.NONE";
        }
        return "t:sextortion.demands." + EnumSet.copyOf(demands).stream().map(Enum::name)
                .collect(Collectors.joining("-"));
    }

    /** A timeline line of this module: its type, the message key and the (translatable) arguments. */
    private static CaseActivity.Line line(String messageKey, String... arguments) {
        return new CaseActivity.Line(TIMELINE_TYPE, messageKey, List.of(arguments));
    }
}
