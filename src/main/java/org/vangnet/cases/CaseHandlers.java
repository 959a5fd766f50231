package org.vangnet.cases;

import static org.vangnet.security.Permissions.ESCALATION_HANDLE;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who handles a case, for telling them about something done by someone who may not open it: the
 * institute recorded a platform's decision on a request the helpline escalated. Outside the case
 * scope on purpose, so it gives nothing of the case's content — reference, team, counsellor — and
 * only to institute staff; it is for addressing a follow-up, never for showing.
 */
@Service
public class CaseHandlers {

    private final JdbcTemplate jdbc;

    CaseHandlers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAuthority('" + ESCALATION_HANDLE + "')")
    @Transactional(readOnly = true)
    public CaseHandler handlerOf(Long caseId) {
        return jdbc.query("select id, reference, team_id, counsellor_id from case_file where id = ?",
                rs -> rs.next() ? new CaseHandler(rs.getLong("id"), rs.getString("reference"), rs.getLong("team_id"),
                        rs.getObject("counsellor_id", Long.class)) : null, caseId);
    }
}
