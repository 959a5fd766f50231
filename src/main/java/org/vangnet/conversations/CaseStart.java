package org.vangnet.conversations;

import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.vangnet.cases.IntakeChannel;

/**
 * The two facts of a case this module needs and the cases module's API does not give: when it was
 * opened (no contact before that) and through which channel (the intake's). Read by the case's id
 * only, after the caller's access check or inside the transaction that opened the case.
 */
@Component
class CaseStart {

    private final JdbcTemplate jdbc;

    CaseStart(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Instant openedAt(Long caseId) {
        return jdbc.queryForObject("select opened_at from case_file where id = ?", java.sql.Timestamp.class, caseId)
                .toInstant();
    }

    Intake intake(Long caseId) {
        return jdbc.queryForObject("select opened_at, intake_channel from case_file where id = ?",
                (rs, n) -> new Intake(rs.getTimestamp("opened_at").toInstant(),
                        IntakeChannel.valueOf(rs.getString("intake_channel"))), caseId);
    }

    record Intake(Instant openedAt, IntakeChannel channel) {
    }
}
