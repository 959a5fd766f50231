package org.vangnet.sextortion;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.cases.CaseAuditObjects;

/**
 * A case's sextortion log and matches (audited by case id), its extorters, their identifiers,
 * contacts and money recoveries, for the case's access log. Removed identifiers are found by their
 * audit detail ({@code case:<id>,kind:...}).
 */
@Component
class SextortionAuditObjects implements CaseAuditObjects {

    private final JdbcTemplate jdbc;

    SextortionAuditObjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Objects> auditObjectsOf(Long caseId) {
        return List.of(
                new Objects(SextortionQueries.AUDIT_LOG, List.of(caseId)),
                new Objects(SextortionQueries.AUDIT_MATCH, List.of(caseId)),
                new Objects(ExtorterService.AUDIT_EXTORTER, ids("select id from extorter where case_id = ?", caseId)),
                new Objects(ExtorterService.AUDIT_IDENTIFIER,
                        ids("select id from extorter_identifier where case_id = ?", caseId)),
                new Objects(ContactLogService.AUDIT_TYPE,
                        ids("select id from extortion_contact where case_id = ?", caseId)),
                new Objects(MoneyRecoveryService.AUDIT_TYPE,
                        ids("select id from money_recovery where case_id = ?", caseId)));
    }

    private List<Long> ids(String sql, Long caseId) {
        return jdbc.queryForList(sql, Long.class, caseId);
    }
}
