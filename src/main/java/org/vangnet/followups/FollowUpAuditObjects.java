package org.vangnet.followups;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.cases.CaseAuditObjects;

/**
 * A case's follow-ups, for its access log. Listing a case's follow-ups is audited with the detail
 * {@code case:<id>} and found by it.
 */
@Component
class FollowUpAuditObjects implements CaseAuditObjects {

    private final JdbcTemplate jdbc;

    FollowUpAuditObjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Objects> auditObjectsOf(Long caseId) {
        return List.of(new Objects(FollowUpService.AUDIT_TYPE,
                jdbc.queryForList("select id from follow_up where case_id = ?", Long.class, caseId)));
    }
}
