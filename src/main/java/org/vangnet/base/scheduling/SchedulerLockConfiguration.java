package org.vangnet.base.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across all application nodes: each takes a lock row in {@code shedlock}
 * first. Lock times come from the database's clock, so nodes whose clocks drift still agree.
 *
 * <p>In the shared kernel because more than one module schedules jobs (follow-up reminders, the
 * retention job of the cases module); a job only adds {@code @SchedulerLock} with a name of its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                // Vangnet runs on PostgreSQL only. Named here rather than detected on first use: a node
                // whose first job runs while the database is down would otherwise fail that detection
                // ("database product: UNKNOWN") instead of skipping the run as an outage (decision 023).
                .withDatabaseProduct(DatabaseProduct.POSTGRES_SQL)
                .build());
    }
}
