package org.vangnet.audit;

import static org.vangnet.security.Permissions.AUDIT_READ;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.domain.Paging;

/**
 * Reads the audit trail, newest first, a slice at a time: no count over a table that only grows.
 */
@Service
public class AuditQueryService {

    private final JdbcTemplate jdbc;

    AuditQueryService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

}
