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
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the application when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} and the tests need nothing installed. With a data directory the
 * cluster survives restarts; without one (tests) it lives in a fresh temporary directory.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String DATABASE = "vangnet";

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
        log.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
        return postgres;
    }

    /** The same pool settings as an external database's ({@code spring.datasource.hikari.*}: time-outs, decision 023). */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("vangnet-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
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
