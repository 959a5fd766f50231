package org.vangnet.cases;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The case itself, its police complaint, consents, referrals, evidence and notes, for the access log. */
@Component
class CaseFileAuditObjects implements CaseAuditObjects {

    private final JdbcTemplate jdbc;

    CaseFileAuditObjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Objects> auditObjectsOf(Long caseId) {
        return List.of(
                new Objects(CaseAccess.AUDIT_TYPE, List.of(caseId)),
                new Objects("CASE_POLICE", List.of(caseId)),
                new Objects("CASE_CONSENT", ids("select id from case_consent where case_id = ?", caseId)),
                new Objects("CASE_REFERRAL", ids("select id from case_referral where case_id = ?", caseId)),
                new Objects("CASE_EVIDENCE", ids("select id from case_evidence where case_id = ?", caseId)),
                // A correction is a note too, audited with the note it corrects rather than the case.
                new Objects("CASE_NOTE", ids("select id from case_timeline_entry where case_id = ? and body is not null",
                        caseId)));
    }

    private List<Long> ids(String sql, Long caseId) {
        return jdbc.queryForList(sql, Long.class, caseId);
    }
}
