package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_READ;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;

/**
 * The one search box of the shell: a reference or its number, the start of an alias, a returning
 * client's phone number or e-mail address, and whatever other modules recognise ({@link
 * CaseSearchSource}: an extorter's handle, IBAN, …). Each interpretation is one index look-up that
 * starts from the searched value (the reference number, the alias prefix, the keyed lookup hash),
 * never a walk of all cases, and is cut to the user's scope in the same query. Every search is
 * audited with the keyed hash of the text, never the text.
 */
@Service
public class CaseSearch {

    /** Shorter text finds too much to be useful and tells nothing. */
    public static final int MIN_LENGTH = 2;
    /** Cases named at most; the search is for finding one case, the list is for browsing. */
    public static final int MAX_HITS = 20;
    /** Per identifier, at most this many cases are handed over to be checked against the scope. */
    public static final int CANDIDATES = 200;

    static final String AUDIT_TYPE = "CASE_SEARCH";
    static final String ON_REFERENCE = "search.matched.reference";
    static final String ON_ALIAS = "search.matched.alias";
    static final String ON_PHONE = "search.matched.phone";
    static final String ON_EMAIL = "search.matched.email";

    private static final String COLUMNS = "c.id, c.reference, c.client_alias, c.status, c.opened_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseAccess access;
    private final AuditTrail auditTrail;
    private final FieldCipher cipher;
    private final List<CaseSearchSource> sources;

    CaseSearch(NamedParameterJdbcTemplate jdbc, CaseAccess access, AuditTrail auditTrail, FieldCipher cipher,
               List<CaseSearchSource> sources) {
        this.jdbc = jdbc;
        this.access = access;
        this.auditTrail = auditTrail;
        this.cipher = cipher;
        this.sources = sources;
    }

    /**
     * The cases within the user's scope that {@code typed} points at, reference matches first, then
     * contact details and identifiers, then aliases. Text shorter than {@link #MIN_LENGTH} is refused
     * on the field {@code query}, unless it is a case number. Not a read-only transaction: the audit row is written with it.
     */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public CaseSearchResult search(String typed) {
        String text = Texts.searchable(typed);
        var reference = CaseQueries.REFERENCE.matcher(text);
        // A case number may be a single digit; anything else that short would find half the helpline.
        if (text.isEmpty() || (text.codePointCount(0, text.length()) < MIN_LENGTH && !reference.matches())) {
            throw DomainException.onField("query", "search.too-short", MIN_LENGTH);
        }
        var params = new MapSqlParameterSource();
        CaseScope scope = access.scope();
        params.addValue("scopeUser", scope.userId()).addValue("scopeTeam", scope.teamId())
                .addValue("limit", MAX_HITS + 1);
        String inScope = scope.sql("c");
        Map<Long, Row> found = new LinkedHashMap<>();
        List<String> tried = new ArrayList<>();

        if (reference.matches()) {
            String number = "%06d".formatted(Integer.parseInt(reference.group(2)));
            params.addValue("number", number);
            String year = "";
            if (reference.group(1) != null) {
                year = " and c.reference = :reference";
                params.addValue("reference", "VN-" + reference.group(1) + "-" + number);
            }
            tried.add("reference");
            collect(found, ON_REFERENCE, """
                    select %s from case_file c where substring(c.reference from 9) = :number%s and %s
                    order by c.opened_at desc, c.id desc limit :limit""".formatted(COLUMNS, year, inScope), params);
        }
        for (ContactKind kind : List.of(ContactKind.PHONE, ContactKind.EMAIL)) {
            CaseQueries.contactValue(kind, text).ifPresent(value -> {
                tried.add(kind.name().toLowerCase(Locale.ROOT));
                collect(found, kind == ContactKind.PHONE ? ON_PHONE : ON_EMAIL, contactQuery(inScope),
                        contact(params, kind, value));
            });
        }

        List<CaseSearchResult.Elsewhere> elsewhere = new ArrayList<>();
        for (CaseSearchSource source : sources) {
            for (CaseSearchSource.Found hit : source.find(text)) {
                tried.add(hit.auditName());
                int named = collect(found, hit.labelKey(), """
                        select %s from case_file c where c.id in (:ids) and %s
                        order by c.opened_at desc, c.id desc limit :limit""".formatted(COLUMNS, inScope),
                        new MapSqlParameterSource(params.getValues()).addValue("ids", capped(hit.caseIds())));
                int outside = hit.cases() - named;
                if (outside > 0) {
                    elsewhere.add(new CaseSearchResult.Elsewhere(hit.labelKey(), outside));
                }
            }
        }
        // The alias last: a prefix is the loosest of the interpretations. The ~<~ order is the one of
        // the text_pattern_ops index that serves the prefix (V003), so the first rows end the walk.
        if (text.codePointCount(0, text.length()) >= MIN_LENGTH) {
            params.addValue("aliasPrefix", CaseQueries.escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
            tried.add("alias");
            collect(found, ON_ALIAS, """
                    select %s from case_file c where lower(c.client_alias) like :aliasPrefix and %s
                    order by lower(c.client_alias) using ~<~ limit :limit""".formatted(COLUMNS, inScope), params);
        }

        List<CaseSearchResult.Hit> hits = found.values().stream().limit(MAX_HITS).map(Row::hit).toList();
        auditTrail.record(audited(text, tried, found.size(), elsewhere));
        return new CaseSearchResult(hits, elsewhere, found.size() > MAX_HITS);
    }

    /** The queries of a search, for the plan test: each must start from an index on the searched value. */
    List<String> queries(String inScope) {
        return List.of(
                "select %s from case_file c where substring(c.reference from 9) = :number and %s order by c.opened_at desc, c.id desc limit :limit"
                        .formatted(COLUMNS, inScope),
                contactQuery(inScope),
                "select %s from case_file c where lower(c.client_alias) like :aliasPrefix and %s order by lower(c.client_alias) using ~<~ limit :limit"
                        .formatted(COLUMNS, inScope));
    }

    private static String contactQuery(String inScope) {
        return """
                select %s from client_contact k join case_file c on c.id = k.case_id
                where k.kind = :kind and k.lookup_hash = :hash and %s
                order by c.opened_at desc, c.id desc limit :limit""".formatted(COLUMNS, inScope);
    }

    private MapSqlParameterSource contact(MapSqlParameterSource params, ContactKind kind, String normalised) {
        return new MapSqlParameterSource(params.getValues()).addValue("kind", kind.name())
                .addValue("hash", cipher.lookupHash(normalised));
    }

    private static Collection<Long> capped(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids.subList(0, Math.min(ids.size(), CANDIDATES));
    }

    /** Adds the rows of one interpretation; returns how many cases it named. */
    private int collect(Map<Long, Row> found, String on, String sql, MapSqlParameterSource params) {
        List<Row> rows = jdbc.query(sql, params, (rs, n) -> row(rs));
        rows.forEach(r -> found.computeIfAbsent(r.id(), id -> r).on().add(on));
        return rows.size();
    }

    private AuditEntry audited(String text, List<String> tried, int found, List<CaseSearchResult.Elsewhere> elsewhere) {
        var detail = new StringJoiner(";");
        detail.add("q#" + cipher.lookupHash(text.toLowerCase(Locale.ROOT)).substring(0, CaseReadAudit.HASH_CHARACTERS));
        detail.add("found=" + found);
        detail.add("elsewhere=" + elsewhere.stream().mapToInt(CaseSearchResult.Elsewhere::cases).sum());
        detail.add("as=" + String.join(",", tried));
        String line = detail.toString();
        return AuditEntry.read(AUDIT_TYPE, null)
                .withDetail(line.length() <= AuditEntry.MAX_DETAIL ? line : line.substring(0, AuditEntry.MAX_DETAIL));
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("reference"), rs.getString("client_alias"),
                CaseStatus.valueOf(rs.getString("status")), rs.getTimestamp("opened_at").toInstant(), new ArrayList<>());
    }

    private record Row(Long id, String reference, String alias, CaseStatus status, java.time.Instant openedAt,
                       List<String> on) {

        CaseSearchResult.Hit hit() {
            return new CaseSearchResult.Hit(id, reference, alias, status, openedAt, on);
        }
    }
}
