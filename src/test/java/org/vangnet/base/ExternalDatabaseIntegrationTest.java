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
    void withoutEncryptionKeysItRefusesToStart() {
        assertThatThrownBy(() -> start("vangnet_external_a", "--vangnet.crypto.data-key=", "--vangnet.crypto.lookup-key="))
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VANGNET_CRYPTO_DATA_KEY").hasMessageContaining("does not start");
    }

    private static ConfigurableApplicationContext start(String database, String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "--spring.datasource.url=" + server.getJdbcUrl("postgres", database);
        args[1] = "--spring.datasource.username=vangnet_app";
        args[2] = "--spring.datasource.password=app-secret-for-tests";
        args[3] = "--server.port=0";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return new SpringApplicationBuilder(Application.class).run(args);
    }
}
