package org.vangnet.sextortion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the other cases in which an identifier appears: same kind, same lookup hash (keyed hash of the normalised value), another
 * case. Plain SQL on the index {@code (kind, lookup_hash, case_id)}, whatever the number of
 * identifiers stored. Knows nothing of scope: the caller asks the cases module which of the found
 * cases the user may see.
 */
@Component
class IdentifierMatching {

    /** Per identifier, at most this many other cases are handed on to be checked against the user's scope; all are counted. */
    static final int CANDIDATES = 200;

    private final NamedParameterJdbcTemplate jdbc;

    IdentifierMatching(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Other cases (of any team) holding this identifier. */
    int otherCases(IdentifierKind kind, String lookupHash, Long caseId) {
        Integer count = jdbc.queryForObject("""
                select count(distinct o.case_id) from extorter_identifier o
                where o.kind = :kind and o.lookup_hash = :value and o.case_id <> :caseId""",
                new MapSqlParameterSource("kind", kind.name()).addValue("value", lookupHash)
                        .addValue("caseId", caseId), Integer.class);
        return count == null ? 0 : count;
    }

    /** For each identifier of the case that appears elsewhere: how many other cases, and the newest of them. */
    Map<Long, Found> forCase(Long caseId) {
        Map<Long, Found> found = new LinkedHashMap<>();
        jdbc.query("""
                with pairs as (
                    select distinct i.id as identifier_id, o.case_id
                    from extorter_identifier i
                    join extorter_identifier o
                      on o.kind = i.kind and o.lookup_hash = i.lookup_hash and o.case_id <> i.case_id
                    where i.case_id = :caseId
                ), ranked as (
                    select identifier_id, case_id,
                           count(*) over (partition by identifier_id) as total,
                           row_number() over (partition by identifier_id order by case_id desc) as position
                    from pairs
                )
                select identifier_id, case_id, total from ranked where position <= :candidates
                order by identifier_id, case_id desc""",
                new MapSqlParameterSource("caseId", caseId).addValue("candidates", CANDIDATES),
                (java.sql.ResultSet rs) -> {
                    int total = rs.getInt("total");
                    found.computeIfAbsent(rs.getLong("identifier_id"), id -> new Found(total, new ArrayList<>()))
                            .caseIds().add(rs.getLong("case_id"));
                });
        return found;
    }

    static Set<Long> allCaseIds(Map<Long, Found> found) {
        Set<Long> ids = new LinkedHashSet<>();
        found.values().forEach(f -> ids.addAll(f.caseIds()));
        return ids;
    }

    /** What the query found for one identifier: the full count, and the candidates (newest first). */
    record Found(int otherCases, List<Long> caseIds) {
    }
}
