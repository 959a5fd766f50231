package org.vangnet.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.base.time.HelplineZone;

/**
 * Every night, pseudonymises the cases closed longer ago than the retention period. One
 * transaction per case: a case that fails (a colleague reopened it a moment ago, say) is logged and
 * tried again the next night, and does not hold back the others. Runs on one node at a time
 * (ShedLock, the shared {@code shedlock} table), without a signed-in user: the audit trail and the
 * timeline name the actor {@code (system)}.
 */
@Component
class RetentionJob {

    static final String LOCK = "retention-pseudonymisation";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionSettingsRepository settings;
    private final CaseFileRepository cases;
    private final CasePseudonymiser pseudonymiser;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionJob(RetentionSettingsRepository settings, CaseFileRepository cases, CasePseudonymiser pseudonymiser,
                 JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.settings = settings;
        this.cases = cases;
        this.pseudonymiser = pseudonymiser;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Void: ShedLock cannot skip a method that must return a value. */
    @Scheduled(cron = "${vangnet.retention.cron:0 30 3 * * *}", zone = HelplineZone.ID)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT3H", lockAtLeastFor = "PT1M")
    public void pseudonymiseExpiredCases() {
        pseudonymiseExpired();
    }

    /** The run itself, without the lock; returns what it did. Public so the lock's proxy passes it through. */
    public Outcome pseudonymiseExpired() {
        int months = transactions.execute(status -> settings.current().getClosedCaseMonths());
        Instant closedBefore = RetentionSettings.closedBefore(clock.instant(), months, HelplineZone.ZONE);
        List<Long> due = jdbc.queryForList("""
                select id from case_file
                where status = 'CLOSED' and pseudonymised_at is null and closed_at < ?
                order by closed_at, id""", Long.class, Timestamp.from(closedBefore));
        int done = 0;
        int failed = 0;
        for (Long caseId : due) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> pseudonymiseIfStillDue(caseId, closedBefore)))) {
                    done++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.error("Case {} could not be pseudonymised; the next run tries again", caseId, e);
            }
        }
        if (!due.isEmpty()) {
            log.info("Retention: {} case(s) closed before {} pseudonymised, {} failed", done, closedBefore, failed);
        }
        return new Outcome(done, failed);
    }

    /** Checked again inside the case's own transaction: it may have been reopened since the list was read. */
    private boolean pseudonymiseIfStillDue(Long caseId, Instant closedBefore) {
        var file = cases.findById(caseId).orElse(null);
        if (file == null || file.isPseudonymised() || file.getStatus() != CaseStatus.CLOSED
                || file.getClosedAt() == null || !file.getClosedAt().isBefore(closedBefore)) {
            return false;
        }
        pseudonymiser.pseudonymise(file, PseudonymisationReason.RETENTION_EXPIRED);
        return true;
    }

    record Outcome(int pseudonymised, int failed) {
    }
}
