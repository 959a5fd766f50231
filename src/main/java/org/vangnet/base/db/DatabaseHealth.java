package org.vangnet.base.db;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The database's health as the probes see it, answered at once from the last check (decision 023).
 *
 * <p>Spring's own check borrows a connection while the probe waits: with the database gone it
 * answered after the pool's time-out, and a load balancer's probe gave up first. Here a thread of
 * its own runs {@code select 1} every {@code interval}; the indicator only reads when that last
 * succeeded. A check that fails, or one still waiting for longer than {@code stale-after}, makes the
 * database DOWN; the next check that succeeds makes it UP again. Part of the readiness group, so a
 * node without its database takes no new users and the load balancer sends them nowhere half-working.
 */
@Component("database")
class DatabaseHealth implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);

    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final Duration staleAfter;
    /** {@link System#nanoTime()} of the last check that succeeded: monotonic, unlike the injected clock, which tests move. */
    private volatile long lastSuccess;
    private volatile boolean everSucceeded;
    private volatile boolean lastFailed;
    private volatile boolean reportedDown;
    private ScheduledExecutorService checker;

    DatabaseHealth(DataSource dataSource,
                   @Value("${vangnet.database.health.interval:1s}") Duration interval,
                   @Value("${vangnet.database.health.stale-after:2500ms}") Duration staleAfter) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(1);
        this.interval = interval;
        this.staleAfter = staleAfter;
    }

    @Override
    public Health health() {
        boolean up = everSucceeded && !lastFailed && System.nanoTime() - lastSuccess <= staleAfter.toNanos();
        return up ? Health.up().build() : Health.down().build();
    }

    void check() {
        try {
            jdbc.queryForObject("select 1", Integer.class);
            lastSuccess = System.nanoTime();
            everSucceeded = true;
            lastFailed = false;
            if (reportedDown) {
                reportedDown = false;
                log.info("The database answers again");
            }
        } catch (RuntimeException e) {
            lastFailed = true;
            if (!reportedDown) {
                reportedDown = true;
                log.warn("The database cannot be reached: {}", e.getMessage());
            }
        }
    }

    @Override
    public void start() {
        checker = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "database-health");
            thread.setDaemon(true);
            return thread;
        });
        check();
        checker.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (checker != null) {
            checker.shutdownNow();
            checker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return checker != null;
    }
}
