package org.vangnet.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditOutcome;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.time.HelplineZone;

/**
 * Compares the evidence directory with the evidence rows (decision 025), every night on one node.
 *
 * <p>A file no row points to can never be downloaded, shown, pseudonymised or erased: left by a
 * crash between writing it and committing its row, or by a deletion after retention or erasure that
 * failed. It is deleted once older than {@code grace} (an upload in progress has a file and no row
 * yet). A row whose file is gone cannot be repaired here: it is reported. Both are audited, and the
 * figures are kept for the administrators' retention page (counts only, like the rest of that page);
 * the log names the case references for whoever repairs them.
 */
@Component
class EvidenceCheck {

    static final String LOCK = "evidence-consistency";
    static final String AUDIT_FILE = "EVIDENCE_FILE";
    private static final int MAX_REFERENCES = 400;
    private static final Logger log = LoggerFactory.getLogger(EvidenceCheck.class);

    private final EvidenceStorage storage;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final Duration grace;

    EvidenceCheck(EvidenceStorage storage, JdbcTemplate jdbc, TransactionTemplate transactions, AuditTrail auditTrail,
                  Clock clock, @org.springframework.beans.factory.annotation.Value(
                          "${vangnet.evidence.check-grace:PT1H}") Duration grace) {
        this.storage = storage;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.grace = grace;
    }

    /** Void: ShedLock cannot skip a method that must return a value. */
    @Scheduled(cron = "${vangnet.evidence.check-cron:0 15 4 * * *}", zone = HelplineZone.ID)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    public void checkEvidenceFiles() {
        check();
    }

    /** The run itself, without the lock. Public so the lock's proxy passes it through. */
    public Outcome check() {
        Instant now = clock.instant();
        // The listing first, the rows after: a file written meanwhile then has its row, or is too young to touch.
        Map<String, Instant> files = storage.files();
        Map<String, Row> rows = jdbc.query("""
                        select e.id, e.storage_key, c.reference from case_evidence e
                        join case_file c on c.id = e.case_id where e.storage_key is not null""",
                        (rs, n) -> new Row(rs.getLong("id"), rs.getString("storage_key"), rs.getString("reference")))
                .stream().collect(Collectors.toMap(Row::key, row -> row));
        int removed = 0;
        for (var file : files.entrySet()) {
            String name = file.getKey();
            boolean pointedTo = rows.containsKey(name);
            if (!pointedTo && file.getValue().isBefore(now.minus(grace)) && removeLeftover(name)) {
                removed++;
            }
        }
        List<Row> missing = rows.values().stream().filter(row -> !storage.exists(row.key()))
                .sorted(java.util.Comparator.comparing(Row::id)).toList();
        Set<String> references = missing.stream().map(Row::reference).collect(Collectors.toCollection(java.util.TreeSet::new));
        String referenceList = cut(String.join(", ", references));
        int filesRemoved = removed;
        transactions.executeWithoutResult(status -> {
            missing.forEach(row -> auditTrail.record(AuditEntry.of(AuditAction.READ, EvidenceService.AUDIT_TYPE, row.id())
                    .withOutcome(AuditOutcome.FAILED).withDetail("file-missing")));
            jdbc.update("delete from evidence_check");
            jdbc.update("""
                    insert into evidence_check (id, checked_at, files_removed, files_missing)
                    values (1, ?, ?, ?)""", Timestamp.from(now), filesRemoved, missing.size());
        });
        if (filesRemoved > 0 || !missing.isEmpty()) {
            log.warn("Evidence check: {} file(s) without a row removed; {} evidence item(s) whose file is missing ({})",
                    filesRemoved, missing.size(), referenceList);
        }
        return new Outcome(filesRemoved, missing.size(), List.copyOf(references));
    }

    /** Not a file of any case: deleted, and the deletion audited (the name is a random key, not personal data). */
    private boolean removeLeftover(String name) {
        try {
            storage.deleteFound(name);
        } catch (RuntimeException e) {
            log.warn("Evidence file {} without a row could not be removed: {}", name, e.toString());
            return false;
        }
        transactions.executeWithoutResult(status -> auditTrail.record(
                AuditEntry.of(AuditAction.DELETE, AUDIT_FILE, name.length() > 64 ? name.substring(0, 64) : name)
                        .withDetail("without-row")));
        return true;
    }

    private static String cut(String text) {
        return text.length() <= MAX_REFERENCES ? text : text.substring(0, MAX_REFERENCES - 1) + "…";
    }

    private record Row(Long id, String key, String reference) {
    }

    record Outcome(int filesRemoved, int filesMissing, List<String> missingReferences) {
    }
}
