package org.vangnet.spreaders;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.vangnet.cases.CasePersonalData;

/**
 * A pseudonymised case keeps how many spreaders it had, their roles, relations and what came of the
 * deletion requests, and loses who they were: name, handle and notes.
 */
@Component
class SpreaderPersonalData implements CasePersonalData {

    private final JdbcTemplate jdbc;

    SpreaderPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> pseudonymise(Long caseId) {
        return Map.of("sp", jdbc.update("""
                update spreader set label = null, handle = null, notes = null, version = version + 1
                where case_id = ? and (label is not null or handle is not null or notes is not null)""", caseId));
    }
}
