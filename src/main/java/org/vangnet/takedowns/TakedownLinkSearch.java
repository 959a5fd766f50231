package org.vangnet.takedowns;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.crypto.LinkLookup;
import org.vangnet.cases.CaseSearch;
import org.vangnet.cases.CaseSearchSource;

/**
 * A takedown link in the one search box (decision 035): the text read as a web address, made
 * canonical as when the item was recorded, and looked up by its keyed hash on the partial index
 * {@code (link_hash, request_id)}, then each request's case by its primary key. Never decrypts an
 * item. Scope is {@link CaseSearch}'s business: it names the user's cases and counts the others.
 */
@Component
class TakedownLinkSearch implements CaseSearchSource {

    static final String LABEL = "search.matched.takedown-link";

    /** The cases with an item holding the hash, newest first, each row with the count of all of them. */
    static final String QUERY = """
            select case_id, count(*) over () as total
            from (select distinct r.case_id from takedown_item i join takedown_request r on r.id = i.request_id
                  where i.link_hash = :hash) d
            order by case_id desc limit :candidates""";

    private final NamedParameterJdbcTemplate jdbc;
    private final FieldCipher cipher;

    TakedownLinkSearch(NamedParameterJdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public List<Found> find(String typed) {
        // Anything without a dot in a host ("Anna", "VN-2026-12") is no web address: no query at all.
        return LinkLookup.hash(cipher, typed)
                .flatMap(hash -> CaseSearchSource.lookUp(jdbc, QUERY, new MapSqlParameterSource("hash", hash), LABEL,
                        "takedown-link"))
                .map(List::of).orElse(List.of());
    }
}
