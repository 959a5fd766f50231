package org.vangnet.takedowns;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.cases.CaseAuditObjects;

/** A case's takedown requests (also as the institute moved them) and hash submissions, for its access log. */
@Component
class TakedownAuditObjects implements CaseAuditObjects {

    private final JdbcTemplate jdbc;

    TakedownAuditObjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Objects> auditObjectsOf(Long caseId) {
        return List.of(
                new Objects(TakedownService.AUDIT_TYPE,
                        jdbc.queryForList("select id from takedown_request where case_id = ?", Long.class, caseId)),
                new Objects(HashSubmissions.AUDIT_TYPE,
                        jdbc.queryForList("select id from hash_submission where case_id = ?", Long.class, caseId)));
    }
}
