package org.vangnet.takedowns;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.vangnet.cases.CaseEvents.ClientDetailsChanged;
import org.vangnet.cases.HarmKind;

/**
 * Keeps what takedowns copies from a case in step with it: the kinds of harm, which are the type of
 * content of the case's notices in the transparency report (decision 032). Runs in the transaction of
 * the change, so the monthly figures never count a notice under a kind its case no longer has.
 */
@Component
class TakedownCaseFacts {

    private final NamedParameterJdbcTemplate jdbc;

    TakedownCaseFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ClientDetailsChanged changed) {
        String kinds = harmKinds(changed.harms());
        // The update trigger moves each request's share of the notice figures to the new kinds.
        jdbc.update("update takedown_request set harm_kinds = :kinds where case_id = :case and harm_kinds <> :kinds",
                new MapSqlParameterSource("kinds", kinds).addValue("case", changed.caseId()));
    }

    /** The stored form: names sorted and comma-separated, '' for none (the report says "unspecified"). */
    static String harmKinds(Set<HarmKind> harms) {
        return harms.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
