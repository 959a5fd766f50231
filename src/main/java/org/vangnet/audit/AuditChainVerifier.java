package org.vangnet.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.audit.ChainReport.Problem;

/**
 * Walks the audit trail in chain order and recomputes every link (decision 030). Reads in one
 * repeatable-read snapshot, so rows committed meanwhile neither appear half nor move the head; reads
 * a page at a time, so a long trail never sits in memory. Stops at the first problem.
 */
@Component
class AuditChainVerifier {

    private static final int PAGE = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    AuditChainVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.clock = clock;
    }

    ChainReport verify(String checkedBy) {
        return snapshot.execute(status -> walk(checkedBy));
    }

    private ChainReport walk(String checkedBy) {
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
        long headSeq = ((Number) head.get("last_seq")).longValue();
        String headHash = (String) head.get("last_hash");
        var report = new Object() {
            ChainReport of(long rows, Problem problem, Long seq, Long eventId) {
                return new ChainReport(clock.instant(), checkedBy, rows, problem, seq, eventId, headSeq, headHash);
            }
        };
        Long unsealed = jdbc.queryForObject("select min(id) from audit_event where chain_seq is null", Long.class);
        if (unsealed != null) {
            return report.of(0, Problem.UNSEALED, null, unsealed);
        }
        String previous = AuditChain.GENESIS;
        long expected = 1;
        long rows = 0;
        String sql = "select id, chain_seq, prev_hash, row_hash, " + AuditChain.hashedColumnsSql()
                + " from audit_event where chain_seq >= ? order by chain_seq limit " + PAGE;
        List<Map<String, Object>> page;
        do {
            page = jdbc.queryForList(sql, expected);
            for (Map<String, Object> row : page) {
                long seq = ((Number) row.get("chain_seq")).longValue();
                Long id = ((Number) row.get("id")).longValue();
                if (seq != expected) {
                    return report.of(rows, Problem.MISSING, expected, id);
                }
                String storedPrevious = (String) row.get("prev_hash");
                if (!AuditChain.hash(storedPrevious, AuditChain.canonical(fields(row))).equals(row.get("row_hash"))) {
                    return report.of(rows, Problem.CHANGED, seq, id);
                }
                if (!previous.equals(storedPrevious)) {
                    return report.of(rows, Problem.BROKEN_LINK, seq, id);
                }
                previous = (String) row.get("row_hash");
                expected++;
                rows++;
            }
        } while (page.size() == PAGE);
        if (headSeq > expected - 1) {
            return report.of(rows, Problem.MISSING_AT_END, expected, null);
        }
        if (headSeq != expected - 1 || !headHash.equals(previous)) {
            return report.of(rows, Problem.HEAD_MISMATCH, headSeq, null);
        }
        return report.of(rows, null, null, null);
    }

    private static List<String> fields(Map<String, Object> row) {
        var fields = new ArrayList<String>(AuditChain.HASHED_COLUMNS.size());
        for (int i = 0; i < AuditChain.HASHED_COLUMNS.size(); i++) {
            fields.add((String) row.get("h" + i));
        }
        return fields;
    }
}
