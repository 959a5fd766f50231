package org.vangnet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.audit.ChainReport.Problem;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.testsupport.DatabaseRoles;

/**
 * Decision 030: every audit row is linked into one chain, also when many transactions write at once;
 * a row rewritten or deleted by the database superuser with the triggers off is named by the verifier.
 * Each tampering is undone afterwards, byte for byte, so the shared test database stays intact.
 */
@SpringBootTest
class AuditChainIntegrationTest {

    @Autowired
    AuditTrail auditTrail;
    @Autowired
    AuditChainService chain;
    @Autowired
    AuditChainJob job;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void rowsWrittenConcurrentlyFormOneUnbrokenChain() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < 20; i++) {
                        int n = i;
                        transaction.executeWithoutResult(status -> {
                            auditTrail.record(AuditEntry.created("CHAIN_CONCURRENT", thread * 100 + n));
                            auditTrail.record(AuditEntry.read("CHAIN_CONCURRENT", thread * 100 + n));
                        });
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where object_type = 'CHAIN_CONCURRENT' and row_hash is not null""",
                Long.class)).isEqualTo(160);
        assertThat(jdbc.queryForObject("select count(*) = max(chain_seq) from audit_event", Boolean.class)).isTrue();
        ChainReport report = chain.check("test");
        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.headSeq()).isEqualTo(report.rowsChecked()).isGreaterThanOrEqualTo(160);
    }

    @Test
    void aRowRewrittenByTheSuperuserWithTriggersOffIsNamed() {
        auditTrail.record(AuditEntry.updated("CHAIN_TAMPER", 1, "role-changed"));
        long id = jdbc.queryForObject("select max(id) from audit_event where object_type = 'CHAIN_TAMPER'", Long.class);
        auditTrail.record(AuditEntry.read("CHAIN_TAMPER", 2));
        String actor = jdbc.queryForObject("select actor from audit_event where id = ?", String.class, id);
        var superuser = DatabaseRoles.superuser(postgres);

        asSuperuserWithoutTriggers(superuser, "update audit_event set actor = 'someone-else' where id = " + id);
        try {
            ChainReport report = chain.check("test");
            assertThat(report.problem()).isEqualTo(Problem.CHANGED);
            assertThat(report.problemEventId()).isEqualTo(id);
            assertThat(chain.latestCheck()).hasValueSatisfying(r -> assertThat(r.problemEventId()).isEqualTo(id));
            assertThat(jdbc.queryForObject("""
                    select detail from audit_event where object_type = 'AUDIT_CHAIN' and outcome = 'FAILED'
                    order by id desc limit 1""", String.class)).contains("CHANGED").contains("event=" + id);
        } finally {
            asSuperuserWithoutTriggers(superuser, "update audit_event set actor = '" + actor + "' where id = " + id);
        }
        assertThat(chain.check("test").intact()).isTrue();
    }

    @Test
    void aRowDeletedByTheSuperuserIsAMissingLinkAndARecomputedRowABrokenOne() {
        auditTrail.record(AuditEntry.read("CHAIN_DELETE", 1));
        Map<String, Object> row = jdbc.queryForMap(
                "select * from audit_event where object_type = 'CHAIN_DELETE' order by id desc limit 1");
        auditTrail.record(AuditEntry.read("CHAIN_DELETE", 2));
        var superuser = DatabaseRoles.superuser(postgres);
        long seq = ((Number) row.get("chain_seq")).longValue();

        asSuperuserWithoutTriggers(superuser, "delete from audit_event where id = " + row.get("id"));
        try {
            ChainReport report = chain.check("test");
            assertThat(report.problem()).isEqualTo(Problem.MISSING);
            assertThat(report.problemSeq()).isEqualTo(seq);
        } finally {
            superuser.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
                try (var off = connection.createStatement(); var insert = connection.prepareStatement("""
                        insert into audit_event (id, occurred_at, actor, actor_role, action, object_type, object_id,
                                                 outcome, detail, client_address, chain_seq, prev_hash, row_hash)
                        overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    off.execute("set session_replication_role = replica");
                    int i = 1;
                    for (String column : new String[] {"id", "occurred_at", "actor", "actor_role", "action",
                            "object_type", "object_id", "outcome", "detail", "client_address", "chain_seq",
                            "prev_hash", "row_hash"}) {
                        insert.setObject(i++, row.get(column));
                    }
                    insert.executeUpdate();
                    off.execute("set session_replication_role = origin");
                }
                return null;
            });
        }

        // Rewriting a row AND its own hash (the functions are public) leaves the next row's link broken.
        asSuperuserWithoutTriggers(superuser, "update audit_event set detail = 'forged' where id = " + row.get("id"));
        asSuperuserWithoutTriggers(superuser, "update audit_event e set row_hash = audit_chain_hash(e.prev_hash,"
                + " audit_event_canonical(e)) where id = " + row.get("id"));
        try {
            ChainReport report = chain.check("test");
            assertThat(report.problem()).isEqualTo(Problem.BROKEN_LINK);
            assertThat(report.problemSeq()).isEqualTo(seq + 1);
        } finally {
            asSuperuserWithoutTriggers(superuser, "update audit_event set detail = null, row_hash = '"
                    + row.get("row_hash") + "' where id = " + row.get("id"));
        }
        assertThat(chain.check("test").intact()).isTrue();
    }

    @Test
    void theNightlyJobRecordsTheCheckAndTheHead() {
        ChainReport report = job.checkAndExport();

        assertThat(report.intact()).isTrue();
        assertThat(chain.latestCheck()).hasValueSatisfying(latest -> {
            assertThat(latest.checkedBy()).isEqualTo(JdbcAuditTrail.SYSTEM_ACTOR);
            assertThat(latest.headHash()).isEqualTo(report.headHash()).hasSize(64);
        });
        assertThat(report.headText()).contains("seq=" + report.headSeq(), "hash=" + report.headHash());
    }

    @Test
    void theCommandLineEntryExitsWithZeroForAnIntactChainAndThreeForABrokenOne() {
        var command = new AuditChainCommand(chain, null);
        assertThat(command.verify()).isZero();

        auditTrail.record(AuditEntry.read("CHAIN_COMMAND", 1));
        long id = jdbc.queryForObject("select max(id) from audit_event where object_type = 'CHAIN_COMMAND'", Long.class);
        var superuser = DatabaseRoles.superuser(postgres);
        asSuperuserWithoutTriggers(superuser, "update audit_event set object_id = '2' where id = " + id);
        try {
            assertThat(command.verify()).isEqualTo(AuditChainCommand.BROKEN);
        } finally {
            asSuperuserWithoutTriggers(superuser, "update audit_event set object_id = '1' where id = " + id);
        }
    }

    /** One connection, so the session setting applies to the statement; the superuser alone may set it. */
    private static void asSuperuserWithoutTriggers(JdbcTemplate superuser, String statement) {
        superuser.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            try (var s = connection.createStatement()) {
                s.execute("set session_replication_role = replica");
                s.execute(statement);
                s.execute("set session_replication_role = origin");
            }
            return null;
        });
    }
}
