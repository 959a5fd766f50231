package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_AUDIT_READ;
import static org.vangnet.security.Permissions.CASE_EMERGENCY_ACCESS;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.StepUp;
import org.vangnet.security.UserDirectory;

/**
 * Break-the-glass (decision 022): a counsellor or supervisor covering a shift opens a case outside
 * their scope, by its reference, after stating why, with a recent second factor. The opening lasts
 * {@link EmergencyAccessProperties#validity()}, counts in {@link CaseAccess} for that one case only,
 * is audited as its own line in the case's log, and waits on the list of the case's team supervisors
 * until one of them marks it reviewed. Institute staff hold no case scope and never get it.
 */
@Service
public class EmergencyAccessService {

    static final String AUDIT_TYPE = "CASE_EMERGENCY_ACCESS";
    public static final int MAX_REASON = 500;

    private final JdbcTemplate jdbc;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final FieldCipher cipher;
    private final AuditTrail auditTrail;
    private final StepUp stepUp;
    private final UserDirectory directory;
    private final EmergencyAccessProperties settings;
    private final Clock clock;

    EmergencyAccessService(JdbcTemplate jdbc, CaseAccess access, CurrentUser currentUser, FieldCipher cipher,
                           AuditTrail auditTrail, StepUp stepUp, UserDirectory directory,
                           EmergencyAccessProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.currentUser = currentUser;
        this.cipher = cipher;
        this.auditTrail = auditTrail;
        this.stepUp = stepUp;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    /** The shortest reason accepted, for the form's help text. */
    @PreAuthorize("hasAuthority('" + CASE_EMERGENCY_ACCESS + "')")
    public int minReasonLength() {
        return settings.minReasonLength();
    }

    /**
     * Opens the case with this reference for the signed-in user and returns its id. A case already
     * in their scope opens as always, with nothing recorded; otherwise the reason is required, a
     * recent second factor too, and the opening is stored, audited and put up for review.
     */
    @PreAuthorize("hasAuthority('" + CASE_EMERGENCY_ACCESS + "')")
    @Transactional
    public Long open(String reference, String reason) {
        String ref = Texts.required("reference", reference, 20).toUpperCase(Locale.ROOT);
        String why = Texts.required("reason", reason, MAX_REASON);
        if (why.length() < settings.minReasonLength()) {
            throw DomainException.onField("reason", "emergency.reason.too-short", settings.minReasonLength());
        }
        // Before the look-up: without a recent factor, not even whether the reference exists is told.
        stepUp.require();
        var found = jdbc.query("select id, team_id from case_file where reference = ?",
                (rs, n) -> new Long[] {rs.getLong("id"), rs.getObject("team_id", Long.class)}, ref);
        if (found.isEmpty()) {
            throw DomainException.onField("reference", "emergency.reference.unknown");
        }
        Long caseId = found.getFirst()[0];
        if (access.hasAccess(caseId)) {
            return caseId;
        }
        Instant now = clock.instant();
        Long accessId = jdbc.queryForObject("""
                insert into case_emergency_access (case_id, user_id, team_id, reason, opened_at, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class,
                caseId, currentUser.require().id(), found.getFirst()[1], cipher.encrypt(why),
                Timestamp.from(now), Timestamp.from(now.plus(settings.validity())));
        auditTrail.record(AuditEntry.created(AUDIT_TYPE, accessId).withDetail("break-the-glass").inCase(caseId));
        return caseId;
    }

    /** Until when the signed-in user holds the case by an emergency opening, if they do. */
    @PreAuthorize("hasAuthority('" + CASE_EMERGENCY_ACCESS + "')")
    @Transactional(readOnly = true)
    public Optional<Instant> activeUntil(Long caseId) {
        return jdbc.query("""
                select max(expires_at) as until from case_emergency_access
                where user_id = ? and case_id = ? and expires_at > ?""",
                (rs, n) -> rs.getTimestamp("until"), currentUser.require().id(), caseId, Timestamp.from(clock.instant()))
                .stream().filter(java.util.Objects::nonNull).map(Timestamp::toInstant).findFirst();
    }

    /** The openings of the supervisor's team's cases not yet reviewed, newest first; reading them is audited. */
    @PreAuthorize("hasAuthority('" + CASE_AUDIT_READ + "')")
    @Transactional
    public Slice<EmergencyAccess> toReview(Pageable pageable) {
        Long teamId = currentUser.require().teamId();
        List<Object[]> rows = jdbc.query("""
                select e.id, e.version, e.case_id, c.reference, e.user_id, e.reason, e.opened_at, e.expires_at
                from case_emergency_access e join case_file c on c.id = e.case_id
                where e.team_id = ? and e.reviewed_at is null
                order by e.opened_at desc, e.id desc limit ? offset ?""",
                (rs, n) -> new Object[] {rs.getLong("id"), rs.getLong("version"), rs.getLong("case_id"),
                        rs.getString("reference"), rs.getLong("user_id"), rs.getString("reason"),
                        rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("expires_at").toInstant()},
                teamId, pageable.getPageSize() + 1, pageable.getOffset());
        boolean more = rows.size() > pageable.getPageSize();
        var page = more ? rows.subList(0, pageable.getPageSize()) : rows;
        var names = directory.displayNames(page.stream().map(r -> (Long) r[4]).toList());
        if (pageable.getOffset() == 0) {
            auditTrail.record(AuditEntry.read(AUDIT_TYPE, null).withDetail("review-list"));
        }
        return new SliceImpl<>(page.stream().map(r -> new EmergencyAccess((Long) r[0], (Long) r[1], (Long) r[2],
                (String) r[3], names.get((Long) r[4]), cipher.decrypt((String) r[5]), (Instant) r[6], (Instant) r[7]))
                .toList(), pageable, more);
    }

    /** How many openings of the supervisor's team wait for review (the home page's reminder). */
    @PreAuthorize("hasAuthority('" + CASE_AUDIT_READ + "')")
    @Transactional(readOnly = true)
    public long waitingForReview() {
        return jdbc.queryForObject("select count(*) from case_emergency_access where team_id = ? and reviewed_at is null",
                Long.class, currentUser.require().teamId());
    }

    /** A supervisor of the case's team marks the opening reviewed; it leaves the list. */
    @PreAuthorize("hasAuthority('" + CASE_AUDIT_READ + "')")
    @Transactional
    public void markReviewed(Long accessId, long version) {
        var user = currentUser.require();
        var caseId = jdbc.query("select case_id from case_emergency_access where id = ? and team_id = ?",
                (rs, n) -> rs.getLong("case_id"), accessId, user.teamId()).stream().findFirst()
                .orElseThrow(() -> new DomainException("error.not-found"));
        int updated = jdbc.update("""
                update case_emergency_access set reviewed_at = ?, reviewed_by = ?, version = version + 1
                where id = ? and version = ? and reviewed_at is null""",
                Timestamp.from(clock.instant()), user.id(), accessId, version);
        if (updated == 0) {
            throw new DomainException("error.concurrent-change");
        }
        auditTrail.record(AuditEntry.updated(AUDIT_TYPE, accessId, "reviewed").inCase(caseId));
    }
}
