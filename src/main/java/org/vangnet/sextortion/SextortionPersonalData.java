package org.vangnet.sextortion;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.vangnet.cases.CasePersonalData;
import org.vangnet.cases.Pseudonymisation;

/**
 * A pseudonymised case's sextortion log keeps the facts the figures need (when, channel, demands,
 * amounts, deadline, payment, advice, recovery outcome and amounts) and loses what identifies the
 * extorter or the client: labels, notes, threats, the other channel's name, the bank and its file
 * number, and the identifiers.
 *
 * <p>An identifier that a live case (one not pseudonymised) shares stays, marked as retained, so
 * the recurrence still counts there ("appears in N other cases"); every other identifier of the
 * case goes. Once no live case shares a retained identifier any more, it goes too: each run sweeps
 * them. Live identifiers are exactly the ones not marked retained, so this module never needs to
 * read the cases' table. See decision 009.
 */
@Component
class SextortionPersonalData implements CasePersonalData {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SextortionPersonalData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<String, Integer> pseudonymise(Long caseId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("ex", jdbc.update("""
                update extorter set label = null, notes = null, version = version + 1
                where case_id = ? and (label is not null or notes is not null)""", caseId));
        counts.put("id", jdbc.update("""
                delete from extorter_identifier i
                where i.case_id = ? and not exists (
                    select 1 from extorter_identifier o
                    where o.kind = i.kind and o.lookup_hash = i.lookup_hash
                      and o.case_id <> i.case_id and o.retained_since is null)""", caseId));
        counts.put("ik", jdbc.update("""
                update extorter_identifier set retained_since = ?
                where case_id = ? and retained_since is null""", Timestamp.from(clock.instant()), caseId));
        // This case's identifiers are no longer live: retained ones of earlier cases may have lost their last partner.
        counts.put("ir", jdbc.update("""
                delete from extorter_identifier r
                where r.retained_since is not null and not exists (
                    select 1 from extorter_identifier o
                    where o.kind = r.kind and o.lookup_hash = r.lookup_hash and o.retained_since is null)"""));
        counts.put("xc", jdbc.update("""
                update extortion_contact set threat = null, channel_other = null, version = version + 1
                where case_id = ? and (threat is not null or channel_other is not null)""", caseId));
        counts.put("mr", jdbc.update("""
                update money_recovery set institution = ?, reference = null, version = version + 1
                where case_id = ?""", Pseudonymisation.PLACEHOLDER, caseId));
        return counts;
    }
}
