package org.vangnet.conversations;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.vangnet.cases.CaseHeaderNote;
import org.vangnet.cases.CaseHeaderNotes;
import org.vangnet.cases.CasePersonalData;

/**
 * What the case file shows of this module without knowing it: "last spoken to" on the header; and, when the case is pseudonymised, the summaries emptied
 * while the facts the figures need (channel, start, duration, team) stay.
 */
@Component
class ConversationCaseHooks implements CaseHeaderNotes, CasePersonalData {

    private final ConversationRepository conversations;
    private final JdbcTemplate jdbc;

    ConversationCaseHooks(ConversationRepository conversations, JdbcTemplate jdbc) {
        this.conversations = conversations;
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseHeaderNote> headerNotes(Long caseId) {
        var last = conversations.lastStartedAt(caseId);
        return last == null ? List.of() : List.of(new CaseHeaderNote("conversation.header.last-spoken", last, false));
    }


    @Override
    public Map<String, Integer> pseudonymise(Long caseId) {
        return Map.of("cv", jdbc.update("""
                update conversation set summary = null, version = version + 1
                where case_id = ? and summary is not null""", caseId));
    }
}
