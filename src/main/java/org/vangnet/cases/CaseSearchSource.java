package org.vangnet.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Another module's part of the one search box: what the typed text matches among the identifiers
 * it keeps (an extorter's IBAN, say), found through their keyed lookup hashes, never by decrypting a
 * table. Provide it as a bean. It knows nothing of scope: {@link CaseSearch} names only the cases
 * the user may open and counts the others.
 */
public interface CaseSearchSource {

    /**
     * What {@code typed} matches, one entry per interpretation that found a case; empty when the text
     * reads as none of this module's identifiers or nothing holds it.
     */
    List<Found> find(String typed);

    /**
     * Runs a look-up whose rows are {@code case_id} (newest first, at most {@link CaseSearch#CANDIDATES})
     * and {@code total} (all the cases holding it, as {@code count(*) over ()}), as one match; none
     * when no row came back.
     */
    static Optional<Found> lookUp(NamedParameterJdbcTemplate jdbc, String sql, MapSqlParameterSource params,
                                  String labelKey, String auditName) {
        List<long[]> rows = jdbc.query(sql, params.addValue("candidates", CaseSearch.CANDIDATES),
                (rs, n) -> new long[] {rs.getLong("case_id"), rs.getLong("total")});
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(new Found(labelKey, auditName, (int) rows.getFirst()[1], rows.stream().map(r -> r[0]).toList()));
    }

    /**
     * One interpretation of the typed text that matched.
     *
     * @param labelKey   translation key of what matched ("an extorter's IBAN")
     * @param auditName  short name of what matched, for the audit line (no value)
     * @param cases      how many cases hold it, in every team
     * @param caseIds    candidates to name, newest first; at most {@link CaseSearch#CANDIDATES}
     */
    record Found(String labelKey, String auditName, int cases, List<Long> caseIds) {

        public Found {
            caseIds = List.copyOf(caseIds);
        }
    }
}
