package org.vangnet.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The benchmark's own embedded PostgreSQL: the same binaries the application embeds, but tuned
 * the way a server for a million cases would be (1 GB shared buffers by default) and kept in
 * {@code target/benchmark/pgdata}, so a second run reuses the seeded data instead of seeding again.
 * The application reaches it as an external database, through {@code spring.datasource.url}.
 */
final class BenchmarkDatabase {

    static final String DATABASE = "vangnet";
    private static EmbeddedPostgres postgres;
    private static Path directory;

    private BenchmarkDatabase() {
    }

    /** The benchmark's server: {@code bench.data-directory}, emptied first with {@code bench.reseed}. */
    static synchronized String jdbcUrl() {
        return jdbcUrl(Path.of(System.getProperty("bench.data-directory", "target/benchmark/pgdata")),
                Boolean.getBoolean("bench.reseed"), System.getProperty("bench.shared-buffers", "1GB"));
    }

    /**
     * A server on {@code dataDirectory} ({@code reseed}: emptied first), started once per JVM; asking for
     * another directory while it runs is a mistake in the caller.
     */
    static synchronized String jdbcUrl(Path dataDirectory, boolean reseed, String sharedBuffers) {
        Path wanted = dataDirectory.toAbsolutePath().normalize();
        if (postgres == null) {
            directory = wanted;
            postgres = start(reseed, sharedBuffers);
            Runtime.getRuntime().addShutdownHook(new Thread(BenchmarkDatabase::stop));
        } else if (!directory.equals(wanted)) {
            throw new IllegalStateException("The benchmark database runs on " + directory + ", not on " + wanted);
        }
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    /** Whether a seeding ran to its end on this data directory. */
    static synchronized boolean isSeeded() {
        return Files.exists(marker());
    }

    static synchronized void markSeeded() {
        try {
            Files.writeString(marker(), java.time.Instant.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path marker() {
        return directory.resolveSibling(directory.getFileName() + ".seeded");
    }

    static synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is going down; the server stops with it
            }
            postgres = null;
        }
    }

    private static EmbeddedPostgres start(boolean reseed, String sharedBuffers) {
        try {
            if (reseed && Files.isDirectory(directory)) {
                Files.deleteIfExists(marker());
                try (var files = Files.walk(directory)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(directory);
            var builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("shared_buffers", sharedBuffers)
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "512MB")
                    .setServerConfig("effective_cache_size", "4GB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("random_page_cost", "1.1")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            int port = Integer.getInteger("bench.port", 0);
            if (port > 0) {
                builder.setPort(port);
            }
            var started = builder.start();
            try (Connection c = started.getPostgresDatabase().getConnection();
                 var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, DATABASE);
                boolean found;
                try (var rs = exists.executeQuery()) {
                    found = rs.next();
                }
                try (var create = c.createStatement()) {
                    if (found && !isSeeded() && System.getProperty("bench.seed-from") == null) {
                        // A seeding that was cut off: start over rather than add to half the data.
                        create.execute("drop database " + DATABASE);
                        found = false;
                    }
                    if (!found) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the benchmark database", e);
        }
    }
}
