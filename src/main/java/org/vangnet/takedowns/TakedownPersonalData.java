package org.vangnet.takedowns;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.vangnet.cases.CasePersonalData;
import org.vangnet.cases.Pseudonymisation;

/**
 * A pseudonymised case's takedowns keep what the outcome figures and the transparency report need
 * (platform, route, status, every moment and the whole history, the kinds of items) and lose what
 * points at the client: the items' URLs and usernames, the description, the platform's ticket number
 * and decision text, and a hash service's case number. See decision 009. The links' keyed hashes go
 * too: a pseudonymised case is no longer found by the search box (decision 035).
 */
@Component
class TakedownPersonalData implements CasePersonalData {

    private final JdbcTemplate jdbc;

    TakedownPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> pseudonymise(Long caseId) {
        String placeholder = Pseudonymisation.PLACEHOLDER;
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("td", jdbc.update("""
                update takedown_request
                set content_description = ?, ticket_number = null, decision_text = null, version = version + 1
                where case_id = ?""", placeholder, caseId));
        counts.put("ti", jdbc.update("""
                update takedown_item set value = ?, link_hash = null
                where request_id in (select id from takedown_request where case_id = ?) and value <> ?""",
                placeholder, caseId, placeholder));
        counts.put("hs", jdbc.update("update hash_submission set case_number = ? where case_id = ?",
                placeholder, caseId));
        return counts;
    }
}
