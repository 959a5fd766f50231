package org.vangnet.reporting;

import static org.vangnet.security.Permissions.REPORT_READ;
import static org.vangnet.security.Permissions.WORKLOAD_READ;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.UserDirectory;

/**
 * The reporting figures, each computed in SQL with GROUP BY over indexed columns. A supervisor sees
 * their own team; the transparency report has no personal data and is for the institute and admins.
 * Reading a report is audited as a read, exporting it as an export.
 */
@Service
public class ReportingQueries {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    static final String OPEN = "c.status in ('NEW', 'ACTIVE', 'WAITING', 'REOPENED')";

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final Clock clock;

    ReportingQueries(NamedParameterJdbcTemplate jdbc, AuditTrail auditTrail, CurrentUser currentUser,
            UserDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.directory = directory;
        this.clock = clock;
    }

    /** Per counsellor of the supervisor's team (and anyone else holding open team cases or follow-ups). */
    @PreAuthorize("hasAuthority('" + WORKLOAD_READ + "')")
    @Transactional
    public List<WorkloadRow> workload(boolean export) {
        Long team = team();
        Instant now = clock.instant();
        YearMonth month = YearMonth.from(now.atZone(ZONE));
        var params = new MapSqlParameterSource("team", team).addValue("now", Timestamp.from(now))
                .addValue("monthStart", Timestamp.from(month.atDay(1).atStartOfDay(ZONE).toInstant()))
                .addValue("monthEnd", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant()));
        List<WorkloadRow> rows = new ArrayList<>();
        jdbc.query("""
                with c as (
                    select c.counsellor_id as uid,
                           count(*) filter (where %1$s and c.priority = 0) as urgent,
                           count(*) filter (where %1$s and c.priority = 1) as high,
                           count(*) filter (where %1$s and c.priority = 2) as normal,
                           min(c.last_activity_at) filter (where %1$s) as oldest,
                           count(*) filter (where c.opened_at >= :monthStart and c.opened_at < :monthEnd) as opened,
                           count(*) filter (where c.closed_at >= :monthStart and c.closed_at < :monthEnd) as closed
                    from case_file c
                    where c.team_id = :team and c.counsellor_id is not null
                      and (%1$s or c.opened_at >= :monthStart or c.closed_at >= :monthStart)
                    group by c.counsellor_id),
                f as (
                    select f.assignee_id as uid, count(*) as overdue from follow_up f
                    where f.team_id = :team and f.status = 'OPEN' and f.due_at < :now
                    group by f.assignee_id),
                m as (
                    select u.id as uid from app_user u
                    where u.team_id = :team and u.enabled and u.role in ('COUNSELLOR', 'SUPERVISOR')),
                ids as (select uid from m union select uid from c union select uid from f)
                select ids.uid, coalesce(c.urgent, 0) as urgent, coalesce(c.high, 0) as high,
                       coalesce(c.normal, 0) as normal, c.oldest, coalesce(c.opened, 0) as opened,
                       coalesce(c.closed, 0) as closed, coalesce(f.overdue, 0) as overdue
                from ids left join c on c.uid = ids.uid left join f on f.uid = ids.uid""".formatted(OPEN), params,
                rs -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    rows.add(new WorkloadRow(rs.getLong("uid"), null, rs.getLong("urgent"), rs.getLong("high"),
                            rs.getLong("normal"), rs.getLong("overdue"), oldest == null ? null : oldest.toInstant(),
                            rs.getLong("opened"), rs.getLong("closed")));
                });
        Map<Long, String> names = directory.displayNames(rows.stream().map(WorkloadRow::counsellorId).toList());
        List<WorkloadRow> named = rows.stream()
                .map(r -> new WorkloadRow(r.counsellorId(), names.getOrDefault(r.counsellorId(), "#" + r.counsellorId()),
                        r.openUrgent(), r.openHigh(), r.openNormal(), r.overdueFollowUps(), r.oldestUntouched(),
                        r.openedThisMonth(), r.closedThisMonth()))
                .sorted(java.util.Comparator.comparing(WorkloadRow::counsellorName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        audit(export, "WORKLOAD", team, "rows:" + named.size());
        return named;
    }

    /** The last twelve months, this one included, for the supervisor's team. */
    @PreAuthorize("hasAuthority('" + WORKLOAD_READ + "')")
    @Transactional
    public CaseTrends trends(boolean export) {
        Long team = team();
        YearMonth last = YearMonth.from(clock.instant().atZone(ZONE));
        YearMonth first = last.minusMonths(11);
        var params = new MapSqlParameterSource("team", team)
                .addValue("from", Timestamp.from(first.atDay(1).atStartOfDay(ZONE).toInstant()))
                .addValue("to", Timestamp.from(last.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant()));
        Map<YearMonth, long[]> totals = new TreeMap<>();
        Map<YearMonth, Map<String, Long>> harms = new HashMap<>();
        Map<YearMonth, Map<String, Long>> channels = new HashMap<>();
        String month = "to_char(c.opened_at at time zone 'Europe/Brussels', 'YYYY-MM')";
        jdbc.query("""
                select %s as month, count(*) as n, count(*) filter (where c.minor_involved) as minors
                from case_file c where c.team_id = :team and c.opened_at >= :from and c.opened_at < :to
                group by 1""".formatted(month), params,
                rs -> {
                    totals.put(YearMonth.parse(rs.getString("month")), new long[] {rs.getLong("n"), rs.getLong("minors")});
                });
        jdbc.query("""
                select %s as month, h.kind, count(*) as n
                from case_file c join case_harm h on h.case_id = c.id
                where c.team_id = :team and c.opened_at >= :from and c.opened_at < :to
                group by 1, h.kind""".formatted(month), params,
                rs -> {
                    harms.computeIfAbsent(YearMonth.parse(rs.getString("month")), m -> new TreeMap<>())
                            .put(rs.getString("kind"), rs.getLong("n"));
                });
        jdbc.query("""
                select %s as month, c.intake_channel, count(*) as n
                from case_file c where c.team_id = :team and c.opened_at >= :from and c.opened_at < :to
                group by 1, c.intake_channel""".formatted(month), params,
                rs -> {
                    channels.computeIfAbsent(YearMonth.parse(rs.getString("month")), m -> new TreeMap<>())
                            .put(rs.getString("intake_channel"), rs.getLong("n"));
                });
        Map<String, Object> duration = jdbc.queryForMap("""
                select count(*) as closed,
                       percentile_cont(0.5) within group (order by extract(epoch from c.closed_at - c.opened_at) / 86400.0)
                           as median_days
                from case_file c
                where c.team_id = :team and c.status = 'CLOSED' and c.closed_at >= :from and c.closed_at < :to""",
                params);
        List<CaseTrends.Month> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            long[] t = totals.getOrDefault(m, new long[2]);
            months.add(new CaseTrends.Month(m, t[0], t[1], harms.getOrDefault(m, Map.of()),
                    channels.getOrDefault(m, Map.of())));
        }
        Number median = (Number) duration.get("median_days");
        audit(export, "CASE_TRENDS", team, "months:" + months.size());
        return new CaseTrends(months, median == null ? null : median.doubleValue(),
                ((Number) duration.get("closed")).longValue());
    }

    /**
     * DSA Art. 22: notices submitted in the year per platform, type of content (the case's kinds of
     * harm; a notice for a case with two kinds counts under both) and action taken (its status now).
     * Platform names and codes only: no alias, reference, URL or description.
     */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "') and hasAnyRole('INSTITUTE_STAFF', 'ADMIN')")
    @Transactional
    public List<TransparencyRow> transparency(int year, boolean export) {
        var params = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant()))
                .addValue("to", Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant()));
        List<TransparencyRow> rows = jdbc.query("""
                select p.name as platform, coalesce(h.kind, 'UNSPECIFIED') as content_type, t.status, count(*) as n
                from takedown_request t
                join platform p on p.id = t.platform_id
                left join case_harm h on h.case_id = t.case_id
                where t.submitted_at >= :from and t.submitted_at < :to
                group by p.sort_order, p.name, coalesce(h.kind, 'UNSPECIFIED'), t.status
                order by p.sort_order, p.name, 2, 3""", params,
                (rs, i) -> new TransparencyRow(rs.getString("platform"), rs.getString("content_type"),
                        rs.getString("status"), rs.getLong("n")));
        audit(export, "TRANSPARENCY_REPORT", year, "rows:" + rows.size());
        return rows;
    }

    /** Notices submitted in the year, each counted once. */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "') and hasAnyRole('INSTITUTE_STAFF', 'ADMIN')")
    @Transactional
    public long noticesIn(int year) {
        var params = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant()))
                .addValue("to", Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant()));
        Long n = jdbc.queryForObject("""
                select count(*) from takedown_request t where t.submitted_at >= :from and t.submitted_at < :to""",
                params, Long.class);
        return n == null ? 0 : n;
    }

    /** The current year in the helpline's time zone, for the report's default. */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "')")
    public int currentYear() {
        return clock.instant().atZone(ZONE).getYear();
    }

    private Long team() {
        Long team = currentUser.require().teamId();
        if (team == null) {
            throw new AccessDeniedException("No team");
        }
        return team;
    }

    private void audit(boolean export, String objectType, Object objectId, String detail) {
        auditTrail.record((export ? AuditEntry.of(AuditAction.EXPORT, objectType, objectId)
                : AuditEntry.read(objectType, objectId)).withDetail(detail));
    }

}
