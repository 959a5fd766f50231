package org.vangnet.audit;

import static org.vangnet.security.Permissions.AUDIT_READ;
import static org.vangnet.security.Permissions.CASE_AUDIT_READ;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.Paging;
import org.vangnet.cases.CaseAccess;
import org.vangnet.security.UserDirectory;

/**
 * Reads the audit trail, newest first, a slice at a time: no count over a table that only grows.
 * Administrators read all of it; a supervisor reads the access log of one case of their team.
 */
@Service
public class AuditQueryService {

    /** Reading a case's access log is itself a line of it. */
    static final String CASE_LOG_TYPE = "CASE_AUDIT";

    private final JdbcTemplate jdbc;
    private final CaseAccess caseAccess;
    private final UserDirectory directory;
    private final AuditTrail auditTrail;

    AuditQueryService(JdbcTemplate jdbc, CaseAccess caseAccess, UserDirectory directory, AuditTrail auditTrail) {
        this.jdbc = jdbc;
        this.caseAccess = caseAccess;
        this.directory = directory;
        this.auditTrail = auditTrail;
    }

    /**
     * @param actor  exact username, or blank for everyone
     * @param action an action, or {@code null} for all
     */
    @PreAuthorize("hasAuthority('" + AUDIT_READ + "')")
    @Transactional(readOnly = true)
    public Slice<AuditEventRow> find(String actor, AuditAction action, Pageable requested) {
        Pageable pageable = Paging.capped(requested);
        var sql = new StringBuilder("""
                select id, occurred_at, actor, actor_role, action, object_type, object_id, outcome, detail,
                       client_address
                from audit_event where true""");
        List<Object> args = new ArrayList<>();
        if (actor != null && !actor.isBlank()) {
            sql.append(" and actor = ?");
            args.add(actor.strip().toLowerCase(Locale.ROOT));
        }
        if (action != null) {
            sql.append(" and action = ?");
            args.add(action.name());
        }
        sql.append(" order by occurred_at desc, id desc limit ? offset ?");
        args.add(pageable.getPageSize() + 1);
        args.add(pageable.getOffset());
        List<AuditEventRow> rows = jdbc.query(sql.toString(), (rs, n) -> new AuditEventRow(
                rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("actor_role"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("outcome"), rs.getString("detail"),
                rs.getString("client_address")), args.toArray());
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }


    /**
     * Who read, changed or exported what on a case, newest first, up to {@code asOf} (a list being
     * scrolled does not shift as its own reading is recorded): every line the modules wrote with this
     * case id ({@link AuditEntry#caseId()}); see {@code docs/decisions/015-case-record-keeping.md}.
     * Only with {@link org.vangnet.security.Permissions#CASE_AUDIT_READ} and for a case in the user's
     * scope (a supervisor: their team's); each page read is audited.
     */
    @PreAuthorize("hasAuthority('" + CASE_AUDIT_READ + "')")
    @Transactional
    public Slice<CaseLogRow> caseLog(Long caseId, Instant asOf, Pageable requested) {
        caseAccess.requireAccess(caseId);
        Pageable pageable = Paging.capped(requested);
        List<CaseLogRow> rows = jdbc.query("""
                        select id, occurred_at, actor, actor_role, action, object_type, object_id, outcome, detail
                        from audit_event
                        where case_id = ? and occurred_at <= ?
                        order by occurred_at desc, id desc limit ? offset ?""", (rs, n) -> new CaseLogRow(
                rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), null,
                rs.getString("actor_role"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("outcome"), rs.getString("detail")),
                caseId, Timestamp.from(asOf), pageable.getPageSize() + 1, pageable.getOffset());
        boolean hasNext = rows.size() > pageable.getPageSize();
        List<CaseLogRow> page = hasNext ? rows.subList(0, pageable.getPageSize()) : rows;
        Map<String, String> names = directory.displayNamesByUsername(
                page.stream().map(CaseLogRow::actor).distinct().toList());
        auditTrail.record(AuditEntry.read(CASE_LOG_TYPE, caseId).withDetail("rows:" + page.size()).inCase(caseId));
        return new SliceImpl<>(page.stream().map(r -> new CaseLogRow(r.id(), r.occurredAt(), r.actor(),
                Objects.requireNonNullElse(names.get(r.actor()), r.actor()), r.actorRole(), r.action(),
                r.objectType(), r.objectId(), r.outcome(), r.detail())).toList(), pageable, hasNext);
    }
}
