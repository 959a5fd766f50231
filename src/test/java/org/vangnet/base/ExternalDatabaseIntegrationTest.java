package org.vangnet.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.Application;

/**
 * The production path: a PostgreSQL server of its own, configured through the same
 * {@code SPRING_DATASOURCE_*} settings the compose file sets. Vangnet then starts no embedded
 * database and creates no demo accounts.
 */
class ExternalDatabaseIntegrationTest {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void startSeparateServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
        try (var connection = server.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database vangnet_external_a");
            statement.execute("create database vangnet_external_b");
            statement.execute("create user vangnet_app with password 'app-secret-for-tests'");
            statement.execute("alter database vangnet_external_a owner to vangnet_app");
            statement.execute("alter database vangnet_external_b owner to vangnet_app");
            // The set-up the README recommends (decision 029): an owner that migrates, an application role.
            statement.execute("create database vangnet_external_c");
            statement.execute("create user vangnet_owner with password 'owner-secret-for-tests'");
            statement.execute("create user vangnet_c_app with password 'c-app-secret-for-tests'");
            statement.execute("alter database vangnet_external_c owner to vangnet_owner");
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Test
    void withADatasourceUrlNoEmbeddedDatabaseStartsAndNoDemoAccountExists() {
        try (var context = start("vangnet_external_a")) {
            assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("vangnet_external_a");
            assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from setup_token where used_at is null", Long.class))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class))
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theFirstAdministratorCanComeFromTheEnvironmentInstead() {
        try (var context = start("vangnet_external_b",
                "--vangnet.setup.admin-username=ops.admin", "--vangnet.setup.admin-password=een lang beheerderswachtwoord")) {
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForList("select username || ':' || role from app_user", String.class))
                    .containsExactly("ops.admin:ADMIN");
            assertThat(jdbc.queryForObject("select count(*) from setup_token", Long.class)).isZero();
        }
    }

    @Test
    void withAnOwnerForFlywayTheApplicationRunsAsARoleThatCannotTouchTheAuditTrail() {
        try (var context = startAs("vangnet_external_c", "vangnet_c_app", "c-app-secret-for-tests",
                "--spring.flyway.user=vangnet_owner", "--spring.flyway.password=owner-secret-for-tests")) {
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("vangnet_c_app");
            assertThat(jdbc.queryForObject("select pg_get_userbyid(relowner) from pg_class where relname = 'case_file'",
                    String.class)).isEqualTo("vangnet_owner");
            assertThat(jdbc.queryForObject("select count(*) from setup_token where used_at is null", Long.class))
                    .isEqualTo(1);
            assertThatThrownBy(() -> jdbc.execute("alter table audit_event disable trigger all"))
                    .rootCause().hasMessageContaining("must be owner");
            assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                    .rootCause().hasMessageContaining("permission denied");
        }
    }

    @Test
    void withoutEncryptionKeysItRefusesToStart() {
        assertThatThrownBy(() -> start("vangnet_external_a", "--vangnet.crypto.data-key=", "--vangnet.crypto.lookup-key="))
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VANGNET_CRYPTO_DATA_KEY").hasMessageContaining("does not start");
    }

    private static ConfigurableApplicationContext start(String database, String... extra) {
        return startAs(database, "vangnet_app", "app-secret-for-tests", extra);
    }

    private static ConfigurableApplicationContext startAs(String database, String user, String password,
                                                        String... extra) {
        String[] args = new String[extra.length + 4];
        // Without a user in the URL: the driver would prefer it to the configured user names.
        args[0] = "--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
        args[1] = "--spring.datasource.username=" + user;
        args[2] = "--spring.datasource.password=" + password;
        args[3] = "--server.port=0";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return new SpringApplicationBuilder(Application.class).run(args);
    }
}
