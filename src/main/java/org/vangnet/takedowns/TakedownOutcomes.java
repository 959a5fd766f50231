package org.vangnet.takedowns;

import static org.vangnet.security.Permissions.REPORT_READ;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.stats.Histogram;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.security.StepUp;

/**
 * Outcome figures per platform and route, computed in SQL: requests created in the period, by
 * status, removal rate, median and 90th percentile of the time from submission to removal. Only
 * aggregates, no case data: any role with {@code REPORT:READ} may see them.
 */
@Service
public class TakedownOutcomes {

    static final String AUDIT_TYPE = "TAKEDOWN_OUTCOMES";

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final StepUp stepUp;
    private final Clock clock;

    TakedownOutcomes(NamedParameterJdbcTemplate jdbc, AuditTrail auditTrail, StepUp stepUp, Clock clock) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.stepUp = stepUp;
        this.clock = clock;
    }

    /**
     * Requests created in the months {@code from} to {@code to} (both included, helpline months);
     * {@code byRoute} splits each platform per reporting route.
     */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "')")
    @Transactional
    public List<PlatformOutcome> perPlatform(YearMonth from, YearMonth to, boolean byRoute) {
        List<PlatformOutcome> rows = compute(from, to, byRoute);
        auditTrail.record(AuditEntry.read(AUDIT_TYPE, null).withDetail("platforms:" + rows.size()));
        return rows;
    }

    /** The same figures, for a file: recorded as an export, with a recent second factor (decision 021). */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "')")
    @Transactional
    public List<PlatformOutcome> exportPerPlatform(YearMonth from, YearMonth to, boolean byRoute) {
        stepUp.require();
        List<PlatformOutcome> rows = compute(from, to, byRoute);
        auditTrail.record(AuditEntry.of(AuditAction.EXPORT, AUDIT_TYPE, null).withDetail("platforms:" + rows.size()));
        return rows;
    }

    /** The current month of the helpline, for the screen's default period. */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "')")
    public YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(HelplineZone.ZONE));
    }

    /**
     * From the monthly figures the triggers of V024_1 keep (decision 032): a few rows per platform,
     * route, status and month instead of every request of the period.
     */
    private List<PlatformOutcome> compute(YearMonth from, YearMonth to, boolean byRoute) {
        var params = new MapSqlParameterSource("from", from.atDay(1)).addValue("to", to.plusMonths(1).atDay(1));
        String route = byRoute ? "m.route" : "cast(null as varchar)";
        String groupRoute = byRoute ? ", m.route" : "";
        Map<String, Figures> outcomes = new LinkedHashMap<>();
        jdbc.query("""
                select p.id, p.name, %1$s as route, m.status, sum(m.requests) as requests, sum(m.decided) as decided,
                       sum(m.removed) as removed, sum(m.refused) as refused, sum(m.reappeared) as reappeared
                from takedown_outcome_monthly m join platform p on p.id = m.platform_id
                where m.month >= :from and m.month < :to
                group by p.id, p.name, p.sort_order%2$s, m.status
                having sum(m.requests) > 0
                order by p.sort_order, p.name%2$s""".formatted(route, groupRoute), params, rs -> {
            String routeName = rs.getString("route");
            Long platform = rs.getLong("id");
            String name = rs.getString("name");
            outcomes.computeIfAbsent(key(platform, routeName), k -> new Figures(platform, name, routeName)).add(rs);
        });
        Map<String, Histogram> hours = new HashMap<>();
        jdbc.query("""
                select m.platform_id, %1$s as route, m.hours, sum(m.removals) as removals
                from takedown_removal_hours_monthly m
                where m.month >= :from and m.month < :to
                group by m.platform_id%2$s, m.hours
                having sum(m.removals) > 0""".formatted(route, groupRoute), params, rs -> {
            hours.computeIfAbsent(key(rs.getLong("platform_id"), rs.getString("route")), k -> new Histogram())
                    .add(rs.getInt("hours"), rs.getLong("removals"));
        });
        return outcomes.entrySet().stream().map(e -> e.getValue().outcome(hours.get(e.getKey()))).toList();
    }

    private static String key(long platformId, String route) {
        return platformId + "/" + route;
    }

    /** One platform's (and route's) sums over its status rows. */
    private static final class Figures {
        private final Long platformId;
        private final String platformName;
        private final ReportRoute route;
        private final Map<TakedownStatus, Long> byStatus = new EnumMap<>(TakedownStatus.class);
        private long requests;
        private long decided;
        private long removed;
        private long refused;
        private long reappeared;

        Figures(Long platformId, String platformName, String route) {
            this.platformId = platformId;
            this.platformName = platformName;
            this.route = route == null ? null : ReportRoute.valueOf(route);
        }

        void add(ResultSet rs) throws SQLException {
            long n = rs.getLong("requests");
            byStatus.merge(TakedownStatus.valueOf(rs.getString("status")), n, Long::sum);
            requests += n;
            decided += rs.getLong("decided");
            removed += rs.getLong("removed");
            refused += rs.getLong("refused");
            reappeared += rs.getLong("reappeared");
        }

        PlatformOutcome outcome(Histogram hours) {
            return new PlatformOutcome(platformId, platformName, route, requests, byStatus, decided, removed, refused,
                    reappeared, hours == null ? null : hours.percentile(0.5), hours == null ? null : hours.percentile(0.9));
        }
    }
}
