package org.vangnet.followups;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.vangnet.cases.CasePersonalData;
import org.vangnet.cases.Pseudonymisation;

/**
 * A pseudonymised case's follow-ups keep kind, dates, assignee and status and lose their notes,
 * outcomes and reschedule reasons. One still open is dismissed: nobody can call back a client whose
 * contact details are gone. No event: the case's timeline takes no more entries. See decision 009.
 */
@Component
class FollowUpPersonalData implements CasePersonalData {

    static final String SYSTEM = "(system)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FollowUpPersonalData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<String, Integer> pseudonymise(Long caseId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("fd", jdbc.update("""
                update follow_up set status = 'DISMISSED', closed_at = ?, closed_by = ?, version = version + 1
                where case_id = ? and status = 'OPEN'""", Timestamp.from(clock.instant()), SYSTEM, caseId));
        counts.put("fu", jdbc.update("""
                update follow_up set note = null, outcome_note = null, version = version + 1
                where case_id = ? and (note is not null or outcome_note is not null)""", caseId));
        counts.put("fr", jdbc.update("""
                update follow_up_reschedule set reason = ?
                where follow_up_id in (select id from follow_up where case_id = ?) and reason <> ?""",
                Pseudonymisation.PLACEHOLDER, caseId, Pseudonymisation.PLACEHOLDER));
        return counts;
    }
}
