package org.vangnet.base.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After every Flyway run, as the owner that migrated, gives the application's role exactly what it
 * needs (decision 029): reading and writing the ordinary tables, reading and appending to the audit
 * trail, reading the migration history, nothing else. Run at every start, so tables added by later
 * migrations are covered without each migration having to name the role (its name differs per
 * installation). Granting is idempotent.
 *
 * <p>When the application connects as the same role that migrates (one user configured, as before
 * decision 029), there is nothing to grant: it owns the tables and could switch the audit trail's
 * triggers off. That still works, with a warning at every start.
 */
@Component
class ApplicationRoleGrants implements Callback {

    /** Tables the application may read and append to, never change: privilege on top of their triggers. */
    static final Map<String, String> RESTRICTED_TABLES = Map.of(
            "audit_event", "select, insert",
            "audit_chain_head", "select",
            "flyway_schema_history", "select");

    private static final Logger log = LoggerFactory.getLogger(ApplicationRoleGrants.class);

    private final DataSource applicationDataSource;

    ApplicationRoleGrants(DataSource applicationDataSource) {
        this.applicationDataSource = applicationDataSource;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        var application = new JdbcTemplate(applicationDataSource).queryForMap(
                "select current_user as name, rolsuper as superuser from pg_roles where rolname = current_user");
        String appRole = (String) application.get("name");
        try {
            Connection connection = context.getConnection();
            String owner = scalar(connection, "select current_user");
            String schema = scalar(connection, "select current_schema()");
            if (appRole.equals(owner) || Boolean.TRUE.equals(application.get("superuser"))) {
                log.warn("Vangnet connects to the database as {}, which owns its tables or is a superuser: it could "
                        + "switch off the audit trail's triggers. Give the application a role of its own "
                        + "(spring.flyway.user for the owner, spring.datasource.username for the application; README, "
                        + "decision 029).", appRole);
                return;
            }
            grant(connection, schema, quote(connection, appRole));
            log.info("Database role {} migrates; the application runs as {} with row privileges only", owner, appRole);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application role its privileges", e);
        }
    }

    private static void grant(Connection connection, String schema, String role) throws SQLException {
        String qualifiedSchema = quote(connection, schema);
        try (Statement statement = connection.createStatement()) {
            statement.execute("grant usage on schema " + qualifiedSchema + " to " + role);
            statement.execute("revoke create on schema " + qualifiedSchema + " from " + role);
            statement.execute("grant select, insert, update, delete on all tables in schema " + qualifiedSchema
                    + " to " + role);
            statement.execute("grant usage, select on all sequences in schema " + qualifiedSchema + " to " + role);
            for (var restricted : RESTRICTED_TABLES.entrySet()) {
                if (scalar(connection, "select to_regclass('" + schema + "." + restricted.getKey() + "')") == null) {
                    continue;
                }
                String table = qualifiedSchema + "." + quote(connection, restricted.getKey());
                statement.execute("revoke all on " + table + " from " + role);
                if (!restricted.getValue().isEmpty()) {
                    statement.execute("grant " + restricted.getValue() + " on " + table + " to " + role);
                }
            }
        }
    }

    private static String scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static String quote(Connection connection, String identifier) throws SQLException {
        try (var statement = connection.prepareStatement("select quote_ident(?)")) {
            statement.setString(1, identifier);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "vangnet-application-role-grants";
    }
}
