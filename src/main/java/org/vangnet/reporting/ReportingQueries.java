package org.vangnet.reporting;

import static org.vangnet.security.Permissions.REPORT_READ;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.Paging;
import org.vangnet.base.stats.Histogram;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.StepUp;
import org.vangnet.security.UserDirectory;
import org.vangnet.security.VangnetUser;
import org.vangnet.base.time.HelplineZone;

/**
 * The reporting figures, each computed in SQL with GROUP BY over indexed columns, limited to what
 * the reader may see ({@link ReportScope}): a counsellor their own cases, a supervisor the team,
 * an administrator totals per team. The transparency report has no personal data and is for the
 * institute and admins.
 * Reading a report is audited as a read, exporting it as an export; an export needs a recent second
 * factor (step-up, decision 021).
 */
@Service
public class ReportingQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final StepUp stepUp;
    private final Clock clock;

    ReportingQueries(NamedParameterJdbcTemplate jdbc, AuditTrail auditTrail, CurrentUser currentUser,
            UserDirectory directory, StepUp stepUp, Clock clock) {
        this.stepUp = stepUp;
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The workload the reader may see: their own line (counsellor), one line per member of their
     * team (supervisor), or one line per team (administrator, aggregates only).
     */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "') and hasAnyRole('COUNSELLOR', 'SUPERVISOR', 'ADMIN')")
    @Transactional
    public Workload workload(boolean export) {
        requireStepUpFor(export);
        ReportScope scope = scope();
        Instant now = clock.instant();
        YearMonth month = YearMonth.from(now.atZone(HelplineZone.ZONE));
        var params = parameters(scope).addValue("now", Timestamp.from(now))
                .addValue("monthStart", Timestamp.from(month.atDay(1).atStartOfDay(HelplineZone.ZONE).toInstant()))
                .addValue("monthEnd", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(HelplineZone.ZONE).toInstant()));
        boolean perTeam = scope.level() == ReportScope.Level.ALL;
        Map<Long, WorkloadRow> rows = perTeam ? teamLines(params, month) : counsellorLines(scope, params);
        Map<Long, String> names = switch (scope.level()) {
            case OWN -> Map.of(scope.userId(), scope.label());
            case TEAM -> teamMemberNames(scope.teamId(), rows.keySet());
            case ALL -> directory.allTeamNames();
        };
        // Everyone in scope has a line, also without any case; anyone holding team work has one too.
        names.keySet().forEach(id -> rows.computeIfAbsent(id,
                k -> new WorkloadRow(k, null, 0, 0, 0, 0, null, null, 0, 0)));
        Map<Long, Long> oldestCases = perTeam ? Map.of() : oldestCases(scope);
        List<WorkloadRow> named = rows.values().stream()
                .map(r -> r.with(names.getOrDefault(r.id(), "#" + r.id()), oldestCases.get(r.id())))
                .sorted(Comparator.comparing(WorkloadRow::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        audit(export, "WORKLOAD", scope, "rows:" + named.size());
        return new Workload(scope, named);
    }

    /**
     * One line per counsellor in the scope (one's own, or a team's): open cases counted from the
     * partial index of open cases, which for one team is a few thousand entries.
     */
    private Map<Long, WorkloadRow> counsellorLines(ReportScope scope, MapSqlParameterSource params) {
        String followUpFilter = scope.level() == ReportScope.Level.OWN ? "f.assignee_id = :user" : "f.team_id = :team";
        Map<Long, WorkloadRow> rows = new HashMap<>();
        jdbc.query("""
                with o as (
                    select c.counsellor_id as gid,
                           count(*) filter (where c.priority = 0) as urgent,
                           count(*) filter (where c.priority = 1) as high,
                           count(*) filter (where c.priority = 2) as normal,
                           min(c.last_activity_at) as oldest
                    from case_report_open c
                    where %1$s and c.counsellor_id is not null
                    group by c.counsellor_id),
                m as (
                    select c.counsellor_id as gid,
                           count(*) filter (where c.opened_at >= :monthStart and c.opened_at < :monthEnd) as opened,
                           count(*) filter (where c.closed_at >= :monthStart and c.closed_at < :monthEnd) as closed
                    from case_report_cases c
                    where %1$s and c.counsellor_id is not null
                      and ((c.opened_at >= :monthStart and c.opened_at < :monthEnd)
                           or (c.closed_at >= :monthStart and c.closed_at < :monthEnd))
                    group by c.counsellor_id),
                f as (
                    select f.assignee_id as gid, count(*) as overdue from follow_up_report_open f
                    where %2$s and f.due_at < :now and f.assignee_id is not null
                    group by f.assignee_id),
                c as (
                    select coalesce(o.gid, m.gid) as gid, o.urgent, o.high, o.normal, o.oldest, m.opened, m.closed
                    from o full join m on m.gid = o.gid)
                select coalesce(c.gid, f.gid) as gid, coalesce(c.urgent, 0) as urgent, coalesce(c.high, 0) as high,
                       coalesce(c.normal, 0) as normal, c.oldest, coalesce(c.opened, 0) as opened,
                       coalesce(c.closed, 0) as closed, coalesce(f.overdue, 0) as overdue
                from c full join f on f.gid = c.gid""".formatted(scope.caseFilter(), followUpFilter), params,
                (ResultSet rs) -> {
                    rows.put(rs.getLong("gid"), workloadRow(rs));
                });
        return rows;
    }

    /**
     * One line per team, from the figures the cases module keeps with its writes (decision 044):
     * open cases per team and priority, the month's openings and closings from the daily and
     * monthly figures, the case untouched longest one index step per team. Counting the open cases
     * of all teams from the index read some 200,000 entries per view at a million cases.
     */
    private Map<Long, WorkloadRow> teamLines(MapSqlParameterSource params, YearMonth month) {
        params.addValue("monthDay", month.atDay(1)).addValue("nextMonthDay", month.plusMonths(1).atDay(1));
        Map<Long, WorkloadRow> rows = new HashMap<>();
        jdbc.query("""
                with o as (
                    select team_id as gid,
                           sum(open) filter (where priority = 0) as urgent,
                           sum(open) filter (where priority = 1) as high,
                           sum(open) filter (where priority = 2) as normal
                    from case_report_open_team group by team_id),
                n as (
                    select team_id as gid, sum(opened) as opened from case_report_opened_team
                    where day >= :monthDay and day < :nextMonthDay group by team_id),
                d as (
                    select team_id as gid, sum(closed) as closed from case_report_closed_durations
                    where unit = 'month' and period = :monthDay group by team_id),
                f as (
                    select team_id as gid, count(*) as overdue from follow_up_report_open
                    where due_at < :now group by team_id),
                g as (
                    select gid from o union select gid from n union select gid from d union select gid from f)
                select g.gid, coalesce(o.urgent, 0) as urgent, coalesce(o.high, 0) as high,
                       coalesce(o.normal, 0) as normal,
                       (select min(c.last_activity_at) from case_report_open c where c.team_id = g.gid) as oldest,
                       coalesce(n.opened, 0) as opened, coalesce(d.closed, 0) as closed,
                       coalesce(f.overdue, 0) as overdue
                from g left join o on o.gid = g.gid left join n on n.gid = g.gid left join d on d.gid = g.gid
                       left join f on f.gid = g.gid""", params, (ResultSet rs) -> {
            rows.put(rs.getLong("gid"), workloadRow(rs));
        });
        return rows;
    }

    private static WorkloadRow workloadRow(ResultSet rs) throws SQLException {
        Timestamp oldest = rs.getTimestamp("oldest");
        return new WorkloadRow(rs.getLong("gid"), null, rs.getLong("urgent"), rs.getLong("high"),
                rs.getLong("normal"), rs.getLong("overdue"), oldest == null ? null : oldest.toInstant(),
                null, rs.getLong("opened"), rs.getLong("closed"));
    }

    /** Per counsellor in scope, the open case untouched longest (ties: the lowest id). */
    private Map<Long, Long> oldestCases(ReportScope scope) {
        Map<Long, Long> oldest = new HashMap<>();
        jdbc.query("""
                select distinct on (c.counsellor_id) c.counsellor_id, c.case_id from case_report_open c
                where %s and c.counsellor_id is not null
                order by c.counsellor_id, c.last_activity_at, c.case_id""".formatted(scope.caseFilter()),
                parameters(scope), rs -> {
                    oldest.put(rs.getLong("counsellor_id"), rs.getLong("case_id"));
                });
        return oldest;
    }

    /** The active members of the team, and the names of others who hold the team's work. */
    private Map<Long, String> teamMemberNames(Long team, java.util.Set<Long> holders) {
        Map<Long, String> names = new HashMap<>();
        directory.teamMembers(team, "", PageRequest.of(0, Paging.MAX_PAGE_SIZE))
                .forEach(m -> names.put(m.id(), m.displayName()));
        List<Long> others = holders.stream().filter(id -> !names.containsKey(id)).toList();
        names.putAll(directory.displayNames(others));
        return names;
    }

    /**
     * New cases per period over the window that ends with the current week or month, in the
     * reader's scope, and the durations of the cases closed in it.
     */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "') and hasAnyRole('COUNSELLOR', 'SUPERVISOR', 'ADMIN')")
    @Transactional
    public CaseTrends trends(TrendUnit unit, boolean export) {
        requireStepUpFor(export);
        ReportScope scope = scope();
        LocalDate today = clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
        LocalDate first = unit.firstOfWindow(today);
        LocalDate end = unit.next(unit.start(today));
        var params = parameters(scope)
                .addValue("from", Timestamp.from(first.atStartOfDay(HelplineZone.ZONE).toInstant()))
                .addValue("to", Timestamp.from(end.atStartOfDay(HelplineZone.ZONE).toInstant()));
        params.addValue("fromDay", first).addValue("toDay", end);
        // New cases come from the daily figures the cases module keeps (a day is a Brussels day): per
        // counsellor for one's own, rolled up per team for a team and for all teams (decision 032).
        boolean own = scope.level() == ReportScope.Level.OWN;
        String day = "cast(date_trunc('%s', cast(c.day as timestamp)) as date)".formatted(unit.key());
        String days = scope.caseFilter() + " and c.day >= :fromDay and c.day < :toDay";
        Map<LocalDate, long[]> totals = new HashMap<>();
        Map<LocalDate, Map<String, Long>> harms = new HashMap<>();
        Map<LocalDate, Map<String, Long>> channels = new HashMap<>();
        jdbc.query("""
                select %s as period, c.intake_channel, sum(c.opened) as n, sum(c.minors) as minors
                from %s c where %s group by 1, 2""".formatted(day, own ? "case_report_opened" : "case_report_opened_team",
                days), params,
                rs -> {
                    LocalDate period = rs.getObject("period", LocalDate.class);
                    long[] total = totals.computeIfAbsent(period, p -> new long[2]);
                    total[0] += rs.getLong("n");
                    total[1] += rs.getLong("minors");
                    if (rs.getLong("n") != 0) {
                        channels.computeIfAbsent(period, m -> new TreeMap<>())
                                .merge(rs.getString("intake_channel"), rs.getLong("n"), Long::sum);
                    }
                });
        jdbc.query("""
                select %s as period, c.kind, sum(c.opened) as n
                from %s c where %s group by 1, 2 having sum(c.opened) <> 0""".formatted(day,
                own ? "case_report_harms_opened" : "case_report_harms_opened_team", days),
                params, rs -> {
                    harms.computeIfAbsent(rs.getObject("period", LocalDate.class), m -> new TreeMap<>())
                            .put(rs.getString("kind"), rs.getLong("n"));
                });
        Map<LocalDate, Histogram> closed = closedDurations(scope, unit, params);
        Histogram allClosed = new Histogram();
        closed.values().forEach(allClosed::addAll);
        List<CaseTrends.Period> periods = new ArrayList<>();
        for (LocalDate p = first; p.isBefore(end); p = unit.next(p)) {
            long[] t = totals.getOrDefault(p, new long[2]);
            Histogram c = closed.getOrDefault(p, new Histogram());
            periods.add(new CaseTrends.Period(p, t[0], t[1], harms.getOrDefault(p, Map.of()),
                    channels.getOrDefault(p, Map.of()), c.total(), c.percentile(0.5)));
        }
        audit(export, "CASE_TRENDS", scope, unit.key() + ":" + periods.size());
        return new CaseTrends(scope, unit, periods, allClosed.percentile(0.5), allClosed.total());
    }

    /**
     * Per period, how many cases closed in it took how many whole days (the median is exact to the
     * day). A team or all teams: from the histogram the cases module keeps per week and month; one's
     * own: counted from the closing-date index of one counsellor's cases, rounded the same way.
     */
    private Map<LocalDate, Histogram> closedDurations(ReportScope scope, TrendUnit unit, MapSqlParameterSource params) {
        Map<LocalDate, Histogram> closed = new HashMap<>();
        String sql = scope.level() == ReportScope.Level.OWN ? """
                select cast(date_trunc('%1$s', c.closed_at at time zone '%2$s') as date) as period,
                       cast(round(extract(epoch from c.closed_at - c.opened_at) / 86400.0) as integer) as days,
                       count(*) as closed
                from case_report_closings c where %3$s and c.closed_at >= :from and c.closed_at < :to
                group by 1, 2""".formatted(unit.key(), HelplineZone.ID, scope.caseFilter()) : """
                select c.period, c.duration_days as days, sum(c.closed) as closed
                from case_report_closed_durations c
                where %s and c.unit = '%s' and c.period >= :fromDay and c.period < :toDay
                group by 1, 2""".formatted(scope.caseFilter(), unit.key());
        jdbc.query(sql, params, rs -> {
            closed.computeIfAbsent(rs.getObject("period", LocalDate.class), p -> new Histogram())
                    .add(rs.getInt("days"), rs.getLong("closed"));
        });
        return closed;
    }

    /** Whose figures the signed-in user may see (see {@link ReportScope}). */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "') and hasAnyRole('COUNSELLOR', 'SUPERVISOR', 'ADMIN')")
    public ReportScope scope() {
        VangnetUser user = currentUser.require();
        return switch (user.role()) {
            case COUNSELLOR -> ReportScope.own(user.id(), user.displayName());
            case SUPERVISOR -> {
                if (user.teamId() == null) {
                    throw new AccessDeniedException("A supervisor without a team has no team figures");
                }
                yield ReportScope.team(user.teamId(), user.teamName());
            }
            case ADMIN -> ReportScope.all();
            default -> throw new AccessDeniedException("No case figures for " + user.role());
        };
    }

    private static MapSqlParameterSource parameters(ReportScope scope) {
        return new MapSqlParameterSource("team", scope.teamId()).addValue("user", scope.userId());
    }

    /**
     * DSA Art. 22: notices submitted in the year per platform, type of content (the case's kinds of
     * harm; a notice for a case with two kinds counts under both) and action taken (its status now).
     * Platform names and codes only: no alias, reference, URL or description.
     */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "') and hasAnyRole('INSTITUTE_STAFF', 'ADMIN')")
    @Transactional
    public List<TransparencyRow> transparency(int year, boolean export) {
        requireStepUpFor(export);
        var params = yearOfMonths(year);
        // From the monthly figures takedowns keeps (decision 032): the notices of a year were a million rows.
        List<TransparencyRow> rows = jdbc.query("""
                select n.platform_name as platform, n.content_type, n.status, sum(n.notices) as n
                from takedown_report_notices_monthly n
                where n.month >= :from and n.month < :to
                group by n.platform_order, n.platform_name, n.content_type, n.status
                having sum(n.notices) > 0
                order by n.platform_order, n.platform_name, 2, 3""", params,
                (rs, i) -> new TransparencyRow(rs.getString("platform"), rs.getString("content_type"),
                        rs.getString("status"), rs.getLong("n")));
        audit(export, "TRANSPARENCY_REPORT", Integer.toString(year), "rows:" + rows.size());
        return rows;
    }

    /** Notices submitted in the year, each counted once. */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "') and hasAnyRole('INSTITUTE_STAFF', 'ADMIN')")
    @Transactional
    public long noticesIn(int year) {
        var params = yearOfMonths(year);
        Long n = jdbc.queryForObject("""
                select coalesce(sum(n.counted_once), 0) from takedown_report_notices_monthly n
                where n.month >= :from and n.month < :to""", params, Long.class);
        return n == null ? 0 : n;
    }

    /** A year as the months of the monthly figures: [1 January, 1 January of the next year). */
    private static MapSqlParameterSource yearOfMonths(int year) {
        return new MapSqlParameterSource("from", LocalDate.of(year, 1, 1)).addValue("to", LocalDate.of(year + 1, 1, 1));
    }

    /** The current year in the helpline's time zone, for the report's default. */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "')")
    public int currentYear() {
        return clock.instant().atZone(HelplineZone.ZONE).getYear();
    }

    /** A file of figures leaves Vangnet: only with a second factor given within the last few minutes. */
    private void requireStepUpFor(boolean export) {
        if (export) {
            stepUp.require();
        }
    }

    private void audit(boolean export, String objectType, ReportScope scope, String detail) {
        audit(export, objectType, scope.auditId(), detail);
    }

    private void audit(boolean export, String objectType, String objectId, String detail) {
        auditTrail.record((export ? AuditEntry.of(AuditAction.EXPORT, objectType, objectId)
                : AuditEntry.read(objectType, objectId)).withDetail(detail));
    }

}
