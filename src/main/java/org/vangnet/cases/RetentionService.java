package org.vangnet.cases;

import static org.vangnet.security.Permissions.RETENTION_MANAGE;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.StepUp;
import org.vangnet.base.time.HelplineZone;

/**
 * The retention settings, for administrators: how many months after closing a case keeps its
 * personal data. Administrators see how many cases a period concerns, never which ones.
 */
@Service
public class RetentionService {

    static final String AUDIT_TYPE = "RETENTION_SETTING";

    private final RetentionSettingsRepository settings;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final StepUp stepUp;
    private final Clock clock;

    RetentionService(RetentionSettingsRepository settings, JdbcTemplate jdbc, CurrentUser currentUser,
                     AuditTrail auditTrail, StepUp stepUp, Clock clock) {
        this.stepUp = stepUp;
        this.settings = settings;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + RETENTION_MANAGE + "')")
    @Transactional(readOnly = true)
    public RetentionSettingsView settings() {
        var current = settings.current();
        long pseudonymised = jdbc.queryForObject(
                "select count(*) from case_file where pseudonymised_at is not null", Long.class);
        return new RetentionSettingsView(current.getVersion(), current.getClosedCaseMonths(),
                RetentionSettings.MIN_MONTHS, RetentionSettings.MAX_MONTHS, current.getUpdatedAt(),
                current.getUpdatedBy(), countDue(current.getClosedCaseMonths()), pseudonymised);
    }

    /** The last evidence consistency check (decision 025), or empty before its first run. */
    @PreAuthorize("hasAuthority('" + RETENTION_MANAGE + "')")
    @Transactional(readOnly = true)
    public Optional<EvidenceCheckView> lastEvidenceCheck() {
        return jdbc.query("select checked_at, files_removed, files_missing from evidence_check",
                (rs, n) -> new EvidenceCheckView(rs.getTimestamp("checked_at").toInstant(), rs.getInt("files_removed"),
                        rs.getInt("files_missing"))).stream().findFirst();
    }

    /**
     * How many closed cases the next daily run would pseudonymise with a period of {@code months}:
     * shown before a shorter period is saved. Refused outside the bounds, like a change.
     */
    @PreAuthorize("hasAuthority('" + RETENTION_MANAGE + "')")
    @Transactional(readOnly = true)
    public long dueWith(Integer months) {
        return countDue(RetentionSettings.checked(months));
    }

    /** Sets the period; audited with the old and new value. Needs a recent second factor (decision 021). */
    @PreAuthorize("hasAuthority('" + RETENTION_MANAGE + "')")
    @Transactional
    public void change(long expectedVersion, Integer months) {
        stepUp.require();
        var current = settings.current();
        ConcurrentChangeException.check(current, expectedVersion);
        int before = current.getClosedCaseMonths();
        current.changeClosedCaseMonths(months, currentUser.require().getUsername(), clock.instant());
        settings.flush();
        auditTrail.record(AuditEntry.updated(AUDIT_TYPE, current.getId(),
                "closed-case-months:" + before + "->" + current.getClosedCaseMonths()));
    }

    private long countDue(int months) {
        Instant closedBefore = RetentionSettings.closedBefore(clock.instant(), months, HelplineZone.ZONE);
        return jdbc.queryForObject("""
                select count(*) from case_file
                where status = 'CLOSED' and pseudonymised_at is null and closed_at < ?""", Long.class,
                Timestamp.from(closedBefore));
    }
}
