package org.vangnet.base.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the application when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} and the tests need nothing installed. With a data directory the
 * cluster survives restarts; without one (tests) it lives in a fresh temporary directory.
 *
 * <p>Least privilege as on a production server (decision 029): the superuser only creates the two
 * roles and the database; Flyway migrates as {@value #OWNER_ROLE}, which owns the schema, and the
 * application connects as {@value #APP_ROLE}, which owns nothing ({@link ApplicationRoleGrants}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String DATABASE = "vangnet";
    static final String OWNER_ROLE = "vangnet_owner";
    static final String APP_ROLE = "vangnet_app";
    private static final String SUPERUSER = "postgres";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (properties.hasDataDirectory()) {
            Path directory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
            Files.createDirectories(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", directory);
        }
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        var postgres = builder.start();
        createDatabaseIfMissing(postgres);
        separateOwnerAndApplication(postgres);
        log.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
        return postgres;
    }

    /**
     * The application's connections: the role that owns nothing, with the same pool settings as an
     * external database's ({@code spring.datasource.hikari.*}: time-outs, decision 023).
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(APP_ROLE, DATABASE));
        dataSource.setUsername(APP_ROLE);
        dataSource.setPoolName("vangnet-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /**
     * Flyway's connection: the owner of the schema. Not a default candidate, so that nothing but
     * Flyway (which asks for it by its qualifier) ever gets it.
     */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    HikariDataSource ownerDataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(OWNER_ROLE, DATABASE));
        dataSource.setUsername(OWNER_ROLE);
        dataSource.setPoolName("vangnet-embedded-owner");
        dataSource.setMaximumPoolSize(4);
        dataSource.setMinimumIdle(0);
        return dataSource;
    }

    /**
     * Creates the owner and the application role if missing and hands the database, and whatever
     * an earlier version created in it as the superuser, to the owner. Idempotent: runs at every start.
     */
    private static void separateOwnerAndApplication(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            for (String role : new String[] {OWNER_ROLE, APP_ROLE}) {
                statement.execute("""
                        do $$ begin
                            if not exists (select 1 from pg_roles where rolname = '%1$s') then
                                create role %1$s login nosuperuser nocreatedb nocreaterole noinherit;
                            end if;
                        end $$""".formatted(role));
            }
            statement.execute("alter database " + DATABASE + " owner to " + OWNER_ROLE);
        } catch (SQLException e) {
            throw new IOException("Could not create the roles of the embedded database", e);
        }
        // Data directories from before decision 029 hold tables, sequences and functions owned by the superuser.
        try (Connection connection = postgres.getDatabase(SUPERUSER, DATABASE).getConnection();
             var statement = connection.createStatement()) {
            statement.execute("""
                    do $$ declare r record; begin
                        for r in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                 where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
                                   and pg_get_userbyid(c.relowner) = '%1$s' loop
                            execute format('alter table public.%%I owner to %2$s', r.relname);
                        end loop;
                        for r in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                 where n.nspname = 'public' and c.relkind = 'S'
                                   and pg_get_userbyid(c.relowner) = '%1$s' loop
                            execute format('alter sequence public.%%I owner to %2$s', r.relname);
                        end loop;
                        for r in select p.oid::regprocedure as signature from pg_proc p
                                 join pg_namespace n on n.oid = p.pronamespace
                                 where n.nspname = 'public' and pg_get_userbyid(p.proowner) = '%1$s' loop
                            execute format('alter routine %%s owner to %2$s', r.signature);
                        end loop;
                    end $$""".formatted(SUPERUSER, OWNER_ROLE));
        } catch (SQLException e) {
            throw new IOException("Could not hand the embedded database to its owner role", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection connection = admin.getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the embedded database", e);
        }
    }
}
