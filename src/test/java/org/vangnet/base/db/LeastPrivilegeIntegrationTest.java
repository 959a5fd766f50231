package org.vangnet.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;

/**
 * Decision 029: the application's own connections cannot switch off, work around or rewrite the
 * audit trail, and own nothing; they still do what the application needs.
 */
@SpringBootTest
class LeastPrivilegeIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theApplicationConnectsAsARoleThatOwnsNothingAndIsNoSuperuser() {
        assertThat(jdbc.queryForObject("select current_user", String.class))
                .isEqualTo(EmbeddedDatabaseConfiguration.APP_ROLE);
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("""
                select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)""",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select pg_get_userbyid(relowner) from pg_class where relname = 'audit_event'",
                String.class)).isEqualTo(EmbeddedDatabaseConfiguration.OWNER_ROLE);
    }

    @Test
    void theApplicationCannotSwitchOffTheAuditTriggers() {
        assertThatThrownBy(() -> inOneTransaction(
                "alter table audit_event disable trigger audit_event_no_update_or_delete"))
                .rootCause().hasMessageContaining("must be owner of table audit_event");
        assertThatThrownBy(() -> inOneTransaction("alter table audit_event disable trigger all"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> inOneTransaction("drop trigger audit_event_no_update_or_delete on audit_event"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> inOneTransaction("set local session_replication_role = replica"))
                .rootCause().hasMessageContaining("permission denied to set parameter \"session_replication_role\"");
        assertThatThrownBy(() -> inOneTransaction("create table shadow_audit (id bigint)"))
                .rootCause().hasMessageContaining("permission denied for schema public");
    }

    @Test
    void theApplicationMayAppendToAndReadTheAuditTrailButNeverChangeIt() {
        auditTrail.record(AuditEntry.read("LEAST_PRIVILEGE", 1));
        assertThat(count()).isEqualTo(1);

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'x' where object_type = 'LEAST_PRIVILEGE'"))
                .rootCause().hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where object_type = 'LEAST_PRIVILEGE'"))
                .rootCause().hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .rootCause().hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.update("delete from flyway_schema_history"))
                .rootCause().hasMessageContaining("permission denied for table flyway_schema_history");
        assertThat(count()).isEqualTo(1);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_event where object_type = 'LEAST_PRIVILEGE'", Long.class);
    }

    private void inOneTransaction(String statement) {
        transaction.executeWithoutResult(status -> jdbc.execute(statement));
    }
}
