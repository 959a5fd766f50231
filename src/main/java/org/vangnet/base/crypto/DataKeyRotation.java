package org.vangnet.base.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.time.HelplineZone;

/**
 * Re-encrypts every encrypted value still under a retired data key with the current one (decision
 * 031), after a rotation (decision 013). A batch of rows per transaction, each row locked and
 * rewritten only if unchanged meanwhile; it picks up whatever is left, so an interrupted run simply
 * goes on at the next. Runs on one node at a time (ShedLock), nightly by default; reports what is
 * left per column in the log. When nothing is left anywhere, the retired keys may be removed from
 * {@code vangnet.crypto.retired-data-keys}.
 */
@Component
public class DataKeyRotation {

    static final String LOCK = "data-key-rotation";
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(DataKeyRotation.class);

    private final FieldCipher cipher;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail auditTrail;

    DataKeyRotation(FieldCipher cipher, JdbcTemplate jdbc, TransactionTemplate transactions, AuditTrail auditTrail) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.auditTrail = auditTrail;
    }

    @Scheduled(cron = "${vangnet.crypto.reencrypt-cron:0 45 3 * * *}", zone = HelplineZone.ID)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT3H", lockAtLeastFor = "PT1M")
    public void reEncryptNightly() {
        reEncryptAll();
    }

    /** Values per column (table.column) still under another key than the current one. */
    public Map<String, Long> remaining() {
        var left = new LinkedHashMap<String, Long>();
        for (var column : EncryptedColumns.ALL) {
            left.put(column.table() + "." + column.column(), jdbc.queryForObject(
                    "select count(*) from %s where %s".formatted(column.table(), stale(column)), Long.class,
                    currentPattern()));
        }
        return left;
    }

    /** The whole run, without the lock: every column until nothing is left. Returns how many values it rewrote. */
    public long reEncryptAll() {
        long total = 0;
        for (var column : EncryptedColumns.ALL) {
            long done = 0;
            int batch;
            do {
                batch = transactions.execute(status -> reEncryptBatch(column));
                done += batch;
            } while (batch == BATCH);
            if (done > 0) {
                log.info("Data key rotation: {} value(s) of {}.{} re-encrypted under key {}", done, column.table(),
                        column.column(), cipher.currentKeyId());
            }
            total += done;
        }
        long left = remaining().values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            long rewritten = total;
            transactions.executeWithoutResult(status -> auditTrail.record(AuditEntry.of(AuditAction.UPDATE,
                    "DATA_KEY", cipher.currentKeyId()).withDetail("re-encrypted:" + rewritten + ":left:" + left)));
        }
        if (left == 0) {
            log.info("Data key rotation: every value is under key {}; retired data keys are no longer needed",
                    cipher.currentKeyId());
        } else {
            log.warn("Data key rotation: {} value(s) still under a retired key (rows changed meanwhile?)", left);
        }
        return total;
    }

    private int reEncryptBatch(EncryptedColumns.Column column) {
        if (column.table().equals("case_timeline_entry")) {
            // The one exception the timeline's append-only trigger allows for this (V017_2).
            jdbc.queryForObject("select set_config('vangnet.reencrypt', 'on', true)", String.class);
        }
        List<Map<String, Object>> rows = jdbc.queryForList("select %s as k, %s as v from %s where %s order by 1 limit %d for update skip locked"
                .formatted(column.key(), column.column(), column.table(), stale(column), BATCH), currentPattern());
        for (var row : rows) {
            String old = (String) row.get("v");
            jdbc.update("update %s set %s = ? where %s = ? and %s = ?".formatted(column.table(), column.column(),
                    column.key(), column.column()), cipher.encrypt(cipher.decrypt(old)), row.get("k"), old);
        }
        return rows.size();
    }

    private static String stale(EncryptedColumns.Column column) {
        return column.column() + " like 'v1:%' and " + column.column() + " not like ?";
    }

    private String currentPattern() {
        return FieldCipher.PREFIX + cipher.currentKeyId() + ":%";
    }
}
