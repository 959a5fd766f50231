package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_READ;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.EmailAddress;
import org.vangnet.base.domain.Paging;
import org.vangnet.base.domain.PhoneNumber;
import org.vangnet.base.domain.Texts;
import org.vangnet.security.UserDirectory;
import org.vangnet.base.time.HelplineZone;

/**
 * Reading cases: the list, one case file, its timeline, and "is this client already known?".
 * Written in SQL so every filter and sort meets an index, with the user's scope in the where
 * clause. Opening a case file is audited.
 */
@Service
public class CaseQueries {

    /** Sortable columns: what the grid may ask for, mapped to SQL. Nothing else reaches the query. */
    private static final Map<String, String> SORTS = Map.of(
            "reference", "c.reference",
            "alias", "lower(c.client_alias)",
            "status", "c.status",
            "priority", "c.priority",
            "openedAt", "c.opened_at",
            "lastActivityAt", "c.last_activity_at");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("priority"), Sort.Order.desc("openedAt"));
    static final Pattern REFERENCE = Pattern.compile("(?i)(?:VN-)?(?:(\\d{4})-)?0*(\\d{1,6})");
    private static final int SIMILAR_LIMIT = 5;
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseAccess access;
    private final CaseFileRepository cases;
    private final UserDirectory directory;
    private final AuditTrail auditTrail;
    private final List<OpenCaseItems> openItems;
    private final List<CaseHeaderNotes> headerNotes;
    private final FieldCipher cipher;

    CaseQueries(NamedParameterJdbcTemplate jdbc, CaseAccess access, CaseFileRepository cases, UserDirectory directory,
                AuditTrail auditTrail, List<OpenCaseItems> openItems, List<CaseHeaderNotes> headerNotes,
                FieldCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.directory = directory;
        this.auditTrail = auditTrail;
        this.openItems = openItems;
        this.headerNotes = headerNotes;
    }

    /**
     * A page of the cases the user may see, filtered and sorted; names come in one lookup per page.
     * The page's ids are found first, on the index that matches the scope and the sort (decision
     * 017), and only those rows are read: a page far down the list costs an index walk, not a
     * million row reads.
     * The first page is audited with its filters (not a read-only transaction: the audit row is written with it).
     */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public Slice<CaseListItem> find(CaseFilter filter, Pageable requested) {
        Pageable pageable = Paging.capped(requested, DEFAULT_SORT);
        if (pageable.getOffset() == 0) {
            auditTrail.record(CaseReadAudit.listed(filter, cipher));
        }
        var params = new MapSqlParameterSource();
        List<CaseListItem> rows = jdbc.query(pageQuery(filter, requested, params), params, (rs, n) -> listItem(rs));
        boolean hasNext = rows.size() > pageable.getPageSize();
        List<CaseListItem> page = withNames(hasNext ? rows.subList(0, pageable.getPageSize()) : rows);
        return new SliceImpl<>(page, pageable, hasNext);
    }

    /** The query of one page of the list, its parameters added to {@code params}; package-private for the plan test. */
    String pageQuery(CaseFilter filter, Pageable requested, MapSqlParameterSource params) {
        Pageable pageable = Paging.capped(requested, DEFAULT_SORT);
        List<String[]> sort = sortKeys(pageable.getSort());
        String keys = java.util.stream.IntStream.range(0, sort.size())
                .mapToObj(i -> sort.get(i)[0] + " as k" + i).collect(Collectors.joining(", "));
        String innerOrder = java.util.stream.IntStream.range(0, sort.size())
                .mapToObj(i -> "k.k" + i + " " + sort.get(i)[1]).collect(Collectors.joining(", "));
        String outerOrder = sort.stream().map(k -> k[0] + " " + k[1]).collect(Collectors.joining(", "));
        String branchOrder = java.util.stream.IntStream.range(0, sort.size())
                .mapToObj(i -> "k" + i + " " + sort.get(i)[1]).collect(Collectors.joining(", "));
        // The page's bounds are literals, not parameters: with a bound LIMIT PostgreSQL never settles on a
        // generic plan for a prepared statement, so each first page was planned again (3-9 ms for a
        // counsellor's two branches, decision 044). They are numbers from the Pageable, never text.
        long limit = pageable.getPageSize() + 1L;
        long window = pageable.getOffset() + limit;
        String cut = " order by " + branchOrder + " limit " + window;
        return """
                select c.id, c.reference, c.client_alias, c.status, c.waiting_on, c.priority, c.counsellor_id,
                       c.team_id, c.opened_at, c.last_activity_at, c.minor_involved, c.version, c.harm_mask
                from (select k.id from (%s) k order by %s limit %d offset %d) page
                join case_file c on c.id = page.id
                order by %s""".formatted(inScope("c.id, " + keys, filter, params, cut), innerOrder, limit,
                pageable.getOffset(), outerOrder);
    }

    /** How many cases {@link #find} would list in all: exact, whatever it costs. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public long count(CaseFilter filter) {
        var params = new MapSqlParameterSource();
        return jdbc.queryForObject("select count(*) from (" + inScope("1", filter, params) + ") k", params, Long.class);
    }

    /**
     * The "N cases" figure of the list: exact up to {@link CaseCount#EXACT_UP_TO} cases, which is
     * cheap to count on the list's indexes; beyond that PostgreSQL's own estimate from its
     * statistics, marked as such, rather than counting a hundred thousand rows on every refresh, or
     * "more than 10,000" when that estimate is lower than what was counted.
     */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public CaseCount listCount(CaseFilter filter) {
        var params = new MapSqlParameterSource();
        String source = inScope("1", filter, params);
        // The cap is a literal for the same reason as a page's bounds (decision 044).
        long counted = jdbc.queryForObject("select count(*) from (" + source + " limit " + (CaseCount.EXACT_UP_TO + 1)
                + ") k", params, Long.class);
        if (counted <= CaseCount.EXACT_UP_TO) {
            return CaseCount.exact(counted);
        }
        String plan = jdbc.queryForObject("explain (format json) " + source, params, String.class);
        var rows = PLAN_ROWS.matcher(plan == null ? "" : plan);
        return CaseCount.of(counted, rows.find() ? Math.round(Double.parseDouble(rows.group(1))) : 0);
    }

    /**
     * Opens a case file: refused (and audited) outside the user's scope, audited as a read inside it.
     * Not a read-only transaction: the audit row is written with it.
     */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public CaseDetails get(Long caseId) {
        var details = details(caseId);
        auditTrail.record(AuditEntry.read(CaseAccess.AUDIT_TYPE, caseId).inCase(caseId));
        return details;
    }

    /**
     * The case file as it stands now, for a case file that is already open after a change made
     * through it: access is checked again (a refusal is audited), but it is no new opening, so no
     * second READ line in the access log (the opening's {@link #get} wrote it).
     */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public CaseDetails reread(Long caseId) {
        return details(caseId);
    }

    private CaseDetails details(Long caseId) {
        access.requireAccess(caseId);
        var file = cases.findById(caseId).orElseThrow(CaseNotAccessibleException::new);
        String teamName = directory.teamNames(List.of(file.getTeamId())).get(file.getTeamId());
        String counsellorName = file.getCounsellorId() == null ? null
                : directory.displayNames(List.of(file.getCounsellorId())).get(file.getCounsellorId());
        return new CaseDetails(file.getId(), file.getVersion(), file.getReference(), file.getStatus(),
                file.getWaitingOn(), file.getClosingReason(), file.getPriority(), file.getIntakeChannel(),
                file.getTeamId(), teamName, file.getCounsellorId(), counsellorName, file.getOpenedAt(),
                file.getClosedAt(), file.getLastActivityAt(), file.clientDetails(), file.getHarms(),
                file.getSummary(), file.isMinorInvolved(), file.filesAllowed(), file.getPseudonymisedAt(),
                file.getPseudonymisationReason(), file.isClosingApproved());
    }

    /** The case's timeline, newest first. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public Slice<TimelineItem> timeline(Long caseId, Pageable requested) {
        access.requireAccess(caseId);
        Pageable pageable = Paging.capped(requested);
        var params = new MapSqlParameterSource("caseId", caseId)
                .addValue("limit", pageable.getPageSize() + 1).addValue("offset", pageable.getOffset());
        List<TimelineItem> rows = jdbc.query("""
                select e.id, e.occurred_at, e.actor, e.entry_type, e.message_key, e.arguments, e.body, e.corrects_id,
                       (select min(c.id) from case_timeline_entry c where c.corrects_id = e.id) as corrected_by
                from case_timeline_entry e
                where e.case_id = :caseId
                order by e.occurred_at desc, e.id desc
                limit :limit offset :offset""", params, (rs, n) -> new TimelineItem(
                rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), null,
                rs.getString("entry_type"), rs.getString("message_key"), split(rs.getString("arguments")),
                cipher.decryptIfEncrypted(rs.getString("body")), rs.getObject("corrects_id", Long.class),
                rs.getObject("corrected_by", Long.class)));
        boolean hasNext = rows.size() > pageable.getPageSize();
        List<TimelineItem> page = hasNext ? rows.subList(0, pageable.getPageSize()) : rows;
        Map<String, String> names = directory.displayNamesByUsername(
                page.stream().map(TimelineItem::actor).collect(Collectors.toSet()));
        List<TimelineItem> named = page.stream().map(i -> new TimelineItem(i.id(), i.occurredAt(), i.actor(),
                names.getOrDefault(i.actor(), i.actor()), i.type(), i.messageKey(), i.arguments(), i.body(),
                i.correctsId(), i.correctedBy())).toList();
        return new SliceImpl<>(named, pageable, hasNext);
    }

    /**
     * Cases within the user's scope that may concern the same client: same alias start, same phone
     * number or e-mail address (compared normalised). Input that is not yet a valid number or
     * address is simply not used.
     */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public List<SimilarCase> similar(String alias, String phone, String email) {
        var params = new MapSqlParameterSource();
        String scope = scope(params);
        Map<Long, SimilarCase> found = new LinkedHashMap<>();
        String aliasValue = Texts.searchable(alias).toLowerCase(Locale.ROOT);
        if (aliasValue.length() >= 2) {
            params.addValue("alias", escapeLike(aliasValue) + "%");
            collect(found, "alias", """
                    select c.id, c.reference, c.client_alias, c.status, c.opened_at from case_file c
                    where %s and lower(c.client_alias) like :alias
                    order by c.opened_at desc limit %d""".formatted(scope, SIMILAR_LIMIT), params);
        }
        String phoneValue = contactValue(ContactKind.PHONE, phone).orElse(null);
        String emailValue = contactValue(ContactKind.EMAIL, email).orElse(null);
        if (phoneValue != null) {
            collect(found, "phone", contactQuery(scope), params(params, "PHONE", cipher.lookupHash(phoneValue)));
        }
        if (emailValue != null) {
            collect(found, "email", contactQuery(scope), params(params, "EMAIL", cipher.lookupHash(emailValue)));
        }
        if (aliasValue.length() >= 2 || phoneValue != null || emailValue != null) {
            auditTrail.record(CaseReadAudit.lookedUp(aliasValue.length() >= 2 ? aliasValue : null, phoneValue,
                    emailValue, found.size(), cipher));
        }
        return List.copyOf(found.values());
    }

    /** Translation keys of what is still open on the case, from this module and any other. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public List<String> openItems(Long caseId) {
        access.requireAccess(caseId);
        return openItems.stream().flatMap(p -> p.openItemKeys(caseId).stream()).toList();
    }

    /** Notes other modules put on the case header (a running extortion deadline, say), most urgent first. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public List<CaseHeaderNote> headerNotes(Long caseId) {
        access.requireAccess(caseId);
        return headerNotes.stream().flatMap(p -> p.headerNotes(caseId).stream())
                .sorted(java.util.Comparator.comparing(CaseHeaderNote::urgent).reversed()).toList();
    }

    /**
     * The references of those of {@code caseIds} that the user may see, newest first; the others are
     * left out without a word. For another module that found related cases (the same extorter, say)
     * and may say how many there are, but may name only those within the user's scope.
     */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public Map<Long, String> referencesWithinScope(java.util.Collection<Long> caseIds) {
        if (caseIds == null || caseIds.isEmpty()) {
            return Map.of();
        }
        var params = new MapSqlParameterSource("ids", caseIds);
        String scope = scope(params);
        Map<Long, String> references = new LinkedHashMap<>();
        jdbc.query("select c.id, c.reference from case_file c where c.id in (:ids) and " + scope
                        + " order by c.opened_at desc, c.id desc", params,
                (ResultSet rs) -> {
                    references.put(rs.getLong("id"), rs.getString("reference"));
                });
        return references;
    }

    /**
     * The cases in the user's scope that pass the filter, as a query selecting {@code columns} of
     * {@code case_file c}. A counsellor's "own or shared with me" is two queries glued together, each
     * on its own index (own cases by counsellor, shared ones on {@code case_share}), instead of
     * one OR that no index serves. A share carries the columns the list filters and sorts on, kept
     * equal to its case's by triggers (V032_1, decision 054), so the shared half never looks its cases
     * up one by one: only the page's rows are read from {@code case_file}.
     */
    private String inScope(String columns, CaseFilter filter, MapSqlParameterSource params) {
        return inScope(columns, filter, params, null);
    }

    /**
     * With {@code cut} ("order by … limit n", n the end of the page), each of a counsellor's two queries
     * is sorted and cut before they are merged: the first page then reads 51 entries of the own-cases
     * index, not all of the counsellor's cases.
     */
    private String inScope(String columns, CaseFilter filter, MapSqlParameterSource params, String cut) {
        String filters = filters(filter, params);
        CaseScope scope = access.scope();
        params.addValue("scopeUser", scope.userId()).addValue("scopeTeam", scope.teamId());
        return switch (scope.kind()) {
            case TEAM -> "select %s from case_file c where c.team_id = :scopeTeam and %s".formatted(columns, filters);
            case OWN_AND_SHARED -> {
                yield """
                    (select %1$s from case_file c where c.counsellor_id = :scopeUser and %2$s%3$s)
                    union all
                    (select %1$s from (select s.case_id as id, s.counsellor_id, s.team_id, s.status, s.priority,
                            s.opened_at, s.last_activity_at, s.reference, s.client_alias, s.harm_mask,
                            s.closing_approved_at, s.pseudonymised_at
                        from case_share s where s.user_id = :scopeUser) c
                    where c.counsellor_id is distinct from :scopeUser and %2$s%3$s)"""
                    .formatted(columns, filters, cut == null ? "" : cut);
            }
            case NONE -> "select %s from case_file c where false".formatted(columns);
        };
    }

    private String filters(CaseFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("true");
        // Status, kind of harm and priority are written into the statement as literals (they are
        // enum constants, never user text): a statement prepared with them bound gets a generic plan
        // after five runs that cannot use the partial indexes of open and closed cases (decision 044).
        if (!filter.statuses().isEmpty()) {
            conditions.add("c.status in (%s)".formatted(filter.statuses().stream().sorted()
                    .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "))));
        }
        if (filter.harm() != null) {
            // On the mask, which every index the list walks carries: checked on the index entry (V030_1).
            conditions.add("c.harm_mask & " + filter.harm().bit() + " <> 0");
        }
        if (filter.priority() != null) {
            conditions.add("c.priority = " + filter.priority().rank());
        }
        if (filter.counsellorId() != null) {
            conditions.add("c.counsellor_id = :counsellor");
            params.addValue("counsellor", filter.counsellorId());
        }
        if (filter.teamId() != null) {
            conditions.add("c.team_id = :team");
            params.addValue("team", filter.teamId());
        }
        if (filter.closingToApprove()) {
            conditions.add("c.status = 'CLOSED' and c.closing_approved_at is null and c.pseudonymised_at is null");
        }
        if (filter.openedFrom() != null) {
            conditions.add("c.opened_at >= :from");
            params.addValue("from", startOf(filter.openedFrom()));
        }
        if (filter.openedTo() != null) {
            conditions.add("c.opened_at < :to");
            params.addValue("to", startOf(filter.openedTo().plusDays(1)));
        }
        String text = Texts.searchable(filter.text());
        if (!text.isEmpty()) {
            var reference = REFERENCE.matcher(text);
            if (reference.matches()) {
                // A number: the reference has it (in any year unless one is given), or an alias starts with it.
                params.addValue("number", "%06d".formatted(Integer.parseInt(reference.group(2))));
                String year = reference.group(1);
                if (year == null) {
                    conditions.add("(substring(c.reference from 9) = :number or lower(c.client_alias) like :aliasPrefix)");
                } else {
                    params.addValue("reference", "VN-" + year + "-" + params.getValue("number"));
                    conditions.add("(c.reference = :reference or lower(c.client_alias) like :aliasPrefix)");
                }
            } else {
                conditions.add("lower(c.client_alias) like :aliasPrefix");
            }
            params.addValue("aliasPrefix", escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        }
        return String.join(" and ", conditions);
    }

    private String scope(MapSqlParameterSource params) {
        CaseScope scope = access.scope();
        params.addValue("scopeUser", scope.userId()).addValue("scopeTeam", scope.teamId());
        return scope.sql("c");
    }

    /**
     * The sort as (SQL expression, direction) pairs, ending with the id, newest first, as
     * tie-breaker. Each sort is one walk of an index (scope, column, id desc), forwards, or
     * backwards with the rare ties put in order on the way (V013_1); status and priority, whose ties
     * are thousands of cases, have an index for each direction.
     */
    private static List<String[]> sortKeys(Sort sort) {
        List<String[]> keys = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTS.get(order.getProperty());
            if (column == null) {
                throw new DomainException("error.invalid-sort");
            }
            keys.add(new String[] {column, order.isAscending() ? "asc" : "desc"});
        }
        keys.add(new String[] {"c.id", "desc"});
        return keys;
    }

    private List<CaseListItem> withNames(List<CaseListItem> rows) {
        Set<Long> counsellors = rows.stream().map(CaseListItem::counsellorId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> teams = rows.stream().map(CaseListItem::teamId).collect(Collectors.toSet());
        Map<Long, String> counsellorNames = directory.displayNames(counsellors);
        Map<Long, String> teamNames = directory.teamNames(teams);
        return rows.stream().map(r -> new CaseListItem(r.id(), r.reference(), r.alias(), r.status(), r.waitingOn(),
                r.priority(), r.counsellorId(), counsellorNames.get(r.counsellorId()), r.teamId(),
                teamNames.get(r.teamId()), r.openedAt(), r.lastActivityAt(), r.minorInvolved(), r.harms(),
                r.version())).toList();
    }

    private static CaseListItem listItem(ResultSet rs) throws SQLException {
        String waiting = rs.getString("waiting_on");
        Set<HarmKind> kinds = HarmKind.ofMask(rs.getInt("harm_mask"));
        return new CaseListItem(rs.getLong("id"), rs.getString("reference"), rs.getString("client_alias"),
                CaseStatus.valueOf(rs.getString("status")), waiting == null ? null : WaitingOn.valueOf(waiting),
                Priority.ofRank(rs.getInt("priority")), rs.getObject("counsellor_id", Long.class), null,
                rs.getLong("team_id"), null, rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("last_activity_at").toInstant(), rs.getBoolean("minor_involved"), kinds,
                rs.getLong("version"));
    }

    private void collect(Map<Long, SimilarCase> found, String matchedOn, String sql, MapSqlParameterSource params) {
        jdbc.query(sql, params, (ResultSet rs) -> {
            long id = rs.getLong("id");
            found.putIfAbsent(id, new SimilarCase(id, rs.getString("reference"), rs.getString("client_alias"),
                    CaseStatus.valueOf(rs.getString("status")), rs.getTimestamp("opened_at").toInstant(), matchedOn));
        });
    }

    private static String contactQuery(String scope) {
        return """
                select c.id, c.reference, c.client_alias, c.status, c.opened_at from case_file c
                where %s and exists (select 1 from client_contact k
                                     where k.case_id = c.id and k.kind = :kind and k.lookup_hash = :hash)
                order by c.opened_at desc limit %d""".formatted(scope, SIMILAR_LIMIT);
    }

    private static MapSqlParameterSource params(MapSqlParameterSource base, String kind, String lookupHash) {
        var copy = new MapSqlParameterSource(base.getValues());
        return copy.addValue("kind", kind).addValue("hash", lookupHash);
    }

    static java.util.Optional<String> contactValue(ContactKind kind, String typed) {
        if (typed == null || typed.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(kind == ContactKind.PHONE
                    ? PhoneNumber.parse("phone", typed).e164() : EmailAddress.parse("email", typed).value());
        } catch (DomainException notYetValid) {
            return java.util.Optional.empty();
        }
    }

    private static Timestamp startOf(LocalDate date) {
        return Timestamp.from(date.atStartOfDay(HelplineZone.ZONE).toInstant());
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<String> split(String arguments) {
        return arguments == null ? List.of() : List.of(arguments.split(TimelineEntry.SEPARATOR, -1));
    }

}
