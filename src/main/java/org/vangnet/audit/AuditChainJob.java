package org.vangnet.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.vangnet.base.time.HelplineZone;

/**
 * Every night, verifies the audit chain on one node (ShedLock) and exports its head for safe
 * keeping: one file a day in {@code vangnet.audit.chain-head-directory} and a line in the log. Copy
 * the files (or ship the log) somewhere the database's owner cannot write: a later rewrite of the
 * whole chain from some row on would then no longer match the head kept then (decision 030).
 */
@Component
class AuditChainJob {

    static final String LOCK = "audit-chain-check";
    private static final Logger log = LoggerFactory.getLogger(AuditChainJob.class);

    private final AuditChainService chain;
    private final String headDirectory;

    AuditChainJob(AuditChainService chain, @Value("${vangnet.audit.chain-head-directory:}") String headDirectory) {
        this.chain = chain;
        this.headDirectory = headDirectory;
    }

    @Scheduled(cron = "${vangnet.audit.chain-check-cron:0 15 2 * * *}", zone = HelplineZone.ID)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT3H", lockAtLeastFor = "PT1M")
    public void checkAndExportHead() {
        checkAndExport();
    }

    /** The run itself, without the lock. Public so the lock's proxy passes it through. */
    public ChainReport checkAndExport() {
        ChainReport report = chain.check(JdbcAuditTrail.SYSTEM_ACTOR);
        log.info("Audit chain head for safe keeping: seq={} hash={}", report.headSeq(), report.headHash());
        if (StringUtils.hasText(headDirectory)) {
            Path file = Path.of(headDirectory).resolve("audit-chain-head-"
                    + LocalDate.ofInstant(report.checkedAt(), HelplineZone.ZONE) + ".txt");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, report.headText());
            } catch (IOException e) {
                log.error("Could not write the audit chain head to {}", file, e);
            }
        }
        return report;
    }
}
