package org.vangnet.audit;

import static org.vangnet.security.Permissions.AUDIT_READ;

import java.sql.Timestamp;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditOutcome;
import org.vangnet.base.audit.AuditTrail;

/**
 * Verifies the audit trail's hash chain on request (administrators), on schedule and from the
 * command line, and keeps what each check found (decision 030). A broken chain is an alarm: an
 * error in the log, a failed line in the trail itself, and a notice on the administrators' pages.
 */
@Service
public class AuditChainService {

    static final String OBJECT_TYPE = "AUDIT_CHAIN";
    private static final Logger log = LoggerFactory.getLogger(AuditChainService.class);

    private final AuditChainVerifier verifier;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail auditTrail;
    private final SecurityContextHolderStrategy securityContext;

    AuditChainService(AuditChainVerifier verifier, JdbcTemplate jdbc, TransactionTemplate transactions,
                      AuditTrail auditTrail, SecurityContextHolderStrategy securityContext) {
        this.verifier = verifier;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.auditTrail = auditTrail;
        this.securityContext = securityContext;
    }

    /** Verifies the whole chain now, as the signed-in administrator. */
    @PreAuthorize("hasAuthority('" + AUDIT_READ + "')")
    public ChainReport checkNow() {
        return check(securityContext.getContext().getAuthentication().getName());
    }

    /** The most recent check, by anyone. */
    @PreAuthorize("hasAuthority('" + AUDIT_READ + "')")
    public Optional<ChainReport> latest() {
        return latestCheck();
    }

    Optional<ChainReport> latestCheck() {
        return jdbc.query("""
                        select checked_at, checked_by, rows_checked, problem, problem_seq, problem_event_id,
                               head_seq, head_hash
                        from audit_chain_check order by checked_at desc, id desc limit 1""",
                (rs, n) -> new ChainReport(rs.getTimestamp("checked_at").toInstant(), rs.getString("checked_by"),
                        rs.getLong("rows_checked"),
                        rs.getString("problem") == null ? null : ChainReport.Problem.valueOf(rs.getString("problem")),
                        (Long) rs.getObject("problem_seq", Long.class), rs.getObject("problem_event_id", Long.class),
                        rs.getLong("head_seq"), rs.getString("head_hash"))).stream().findFirst();
    }

    /** The check itself, for the scheduled job and the command line too; records and, if broken, raises the alarm. */
    ChainReport check(String checkedBy) {
        ChainReport report = verifier.verify(checkedBy);
        transactions.executeWithoutResult(status -> {
            jdbc.update("""
                            insert into audit_chain_check (checked_at, checked_by, rows_checked, intact, problem,
                                                           problem_seq, problem_event_id, head_seq, head_hash)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    Timestamp.from(report.checkedAt()), checkedBy, report.rowsChecked(), report.intact(),
                    report.problem() == null ? null : report.problem().name(), report.problemSeq(),
                    report.problemEventId(), report.headSeq(), report.headHash());
            var entry = AuditEntry.of(AuditAction.READ, OBJECT_TYPE, report.headSeq());
            auditTrail.record(report.intact() ? entry.withDetail("chain-intact")
                    : entry.withOutcome(AuditOutcome.FAILED).withDetail("chain-broken:" + report.problem()
                            + ":seq=" + report.problemSeq() + ":event=" + report.problemEventId()));
        });
        if (report.intact()) {
            log.info("Audit chain intact: {} rows, head {} {}", report.rowsChecked(), report.headSeq(),
                    report.headHash());
        } else {
            log.error("AUDIT CHAIN BROKEN: {} at chain position {} (audit row {}); {} rows verified before it",
                    report.problem(), report.problemSeq(), report.problemEventId(), report.rowsChecked());
        }
        return report;
    }
}
