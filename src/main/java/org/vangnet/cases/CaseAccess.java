package org.vangnet.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.security.CurrentUser;

/**
 * The one place that decides whether the signed-in user may touch a case. A refusal is written to
 * the audit trail in a transaction of its own, so it stays even though the request fails.
 */
@Component
public class CaseAccess {

    static final String AUDIT_TYPE = "CASE";

    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Refusals refusals;
    private final Clock clock;

    CaseAccess(CurrentUser currentUser, JdbcTemplate jdbc, Refusals refusals, Clock clock) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.refusals = refusals;
        this.clock = clock;
    }

    CaseScope scope() {
        return CaseScope.of(currentUser.require());
    }

    /**
     * Throws {@link CaseNotAccessibleException} (after auditing the refusal) unless the case exists
     * and is within the user's scope. For other modules acting on a case.
     */
    public void requireAccess(Long caseId) {
        if (!hasAccess(caseId)) {
            refusals.record(caseId);
            throw new CaseNotAccessibleException();
        }
    }

    /** The facts of a case the user may access; refuses (audited) otherwise. */
    public CaseFacts facts(Long caseId) {
        requireAccess(caseId);
        return jdbc.queryForObject("""
                        select id, reference, team_id, minor_involved, opened_at, intake_channel, status,
                               array(select kind from case_harm h where h.case_id = c.id) as harms
                        from case_file c where id = ?""",
                (rs, n) -> new CaseFacts(rs.getLong("id"), rs.getString("reference"), rs.getLong("team_id"),
                        rs.getBoolean("minor_involved"), rs.getTimestamp("opened_at").toInstant(),
                        IntakeChannel.valueOf(rs.getString("intake_channel")), harms(rs.getArray("harms")),
                        CaseStatus.CLOSED.name().equals(rs.getString("status"))),
                caseId);
    }

    private static Set<HarmKind> harms(java.sql.Array array) throws java.sql.SQLException {
        var kinds = EnumSet.noneOf(HarmKind.class);
        for (Object kind : (Object[]) array.getArray()) {
            kinds.add(HarmKind.valueOf(kind.toString()));
        }
        return kinds;
    }

    boolean hasAccess(Long caseId) {
        CaseScope scope = scope();
        if (caseId == null || scope.kind() == CaseScope.Kind.NONE) {
            return false;
        }
        // An unexpired break-the-glass opening (decision 022) counts like a share, for this one case only.
        return Boolean.TRUE.equals(jdbc.query("""
                        select c.team_id, c.counsellor_id,
                               exists (select 1 from case_share s where s.case_id = c.id and s.user_id = ?) as shared,
                               exists (select 1 from case_emergency_access e
                                       where e.user_id = ? and e.case_id = c.id and e.expires_at > ?) as emergency
                        from case_file c where c.id = ?""",
                rs -> rs.next() && (rs.getBoolean("emergency") || scope.permits(rs.getLong("team_id"),
                        rs.getObject("counsellor_id", Long.class), rs.getBoolean("shared"))),
                scope.userId(), scope.userId(), Timestamp.from(clock.instant()), caseId));
    }

    /** Writes refusals in their own transaction: the refused request's transaction rolls back. */
    @Component
    static class Refusals {

        private final AuditTrail auditTrail;

        Refusals(AuditTrail auditTrail) {
            this.auditTrail = auditTrail;
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        void record(Long caseId) {
            auditTrail.record(AuditEntry.denied(AUDIT_TYPE, caseId, "out-of-scope").inCase(caseId));
        }
    }
}
