package org.vangnet.cases;

import java.util.List;
import org.vangnet.base.audit.AuditAction;

/**
 * Something that happened to a case (a takedown submitted, an extortion contact logged, a follow-up
 * done, a status changed). An event that implements this is recorded by the cases module in one
 * place ({@code CaseRecordKeeper}), in the same transaction as the change it describes: its line on
 * the case's timeline and, when it names one, its line in the audit trail with the case's id.
 */
public interface CaseActivity {

    Long caseId();

    /** The line this event puts on the case's timeline. */
    Line timelineLine();

    /**
     * The audit line of this change, or {@code null} when the code that made the change records its
     * own (a module not moved to this path yet). Written with {@link #caseId()}.
     */
    default Audit audit() {
        return null;
    }

    /** An audit line: what was done to which object, and a short code (never personal data). */
    record Audit(AuditAction action, String objectType, Object objectId, String detail) {

        public static Audit created(String objectType, Object objectId, String detail) {
            return new Audit(AuditAction.CREATE, objectType, objectId, detail);
        }

        public static Audit updated(String objectType, Object objectId, String detail) {
            return new Audit(AuditAction.UPDATE, objectType, objectId, detail);
        }
    }

    /**
     * A timeline line: a short type code for filtering (e.g. {@code TAKEDOWN}), a translation key,
     * and the arguments filling its placeholders. Arguments must not carry personal data (ids,
     * platform names, statuses are fine); one written {@code t:some.key} is itself translated, e.g.
     * {@code t:case.status.CLOSED}.
     */
    record Line(String type, String key, List<String> arguments) {

        public Line {
            arguments = List.copyOf(arguments);
        }
    }
}
