package org.vangnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.testsupport.DatabaseRoles;

@SpringBootTest
class AuditTrailIntegrationTest {

    @Autowired
    AuditTrail auditTrail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EmbeddedPostgres postgres;

    @Test
    @WithUserDetails("lotte")
    void anEntryNamesTheSignedInActorAndRoleButNoPersonalData() {
        auditTrail.record(AuditEntry.read("CASE", 4711));

        Map<String, Object> row = jdbc.queryForMap(
                "select * from audit_event where object_type = 'CASE' and object_id = '4711'");
        assertThat(row).containsEntry("actor", "lotte").containsEntry("actor_role", "COUNSELLOR")
                .containsEntry("action", "READ").containsEntry("outcome", "SUCCESS");
        assertThat(row.get("occurred_at")).isNotNull();
    }

    @Test
    void anEntryRollsBackWithTheOperationItRecords() {
        transaction.executeWithoutResult(status -> {
            auditTrail.record(AuditEntry.created("TEST_ROLLBACK", 1));
            status.setRollbackOnly();
        });

        assertThat(count("object_type = 'TEST_ROLLBACK'")).isZero();
    }

    @Test
    void whenTheAuditWriteFailsTheOperationFailsWithIt() {
        String tooLongType = "X".repeat(41);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.update("insert into team (name, created_at) values ('Team Audit Failure', now())");
            auditTrail.record(AuditEntry.created(tooLongType, 1));
        })).isInstanceOf(RuntimeException.class);

        assertThat(jdbc.queryForObject("select count(*) from team where name = 'Team Audit Failure'", Long.class))
                .isZero();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRowsEvenToItsOwner() {
        auditTrail.record(AuditEntry.of(AuditAction.EXPORT, "TEST_IMMUTABLE", 1));
        // The application's role may not even try (decision 029); the owner runs into the triggers.
        var owner = DatabaseRoles.owner(postgres);

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone-else'"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> owner.update("update audit_event set actor = 'someone-else'"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from audit_event"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.execute("truncate audit_event"))
                .rootCause().hasMessageContaining("append-only");
        assertThat(count("object_type = 'TEST_IMMUTABLE'")).isEqualTo(1);
    }

    private long count(String where) {
        return jdbc.queryForObject("select count(*) from audit_event where " + where, Long.class);
    }
}
