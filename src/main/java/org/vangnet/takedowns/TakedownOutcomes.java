package org.vangnet.takedowns;

import static org.vangnet.security.Permissions.REPORT_READ;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
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

    TakedownOutcomes(NamedParameterJdbcTemplate jdbc, AuditTrail auditTrail, StepUp stepUp) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.stepUp = stepUp;
    }

    /** Requests created in [from, to); {@code byRoute} splits each platform per reporting route. */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "')")
    @Transactional
    public List<PlatformOutcome> perPlatform(Instant from, Instant to, boolean byRoute) {
        List<PlatformOutcome> rows = compute(from, to, byRoute);
        auditTrail.record(AuditEntry.read(AUDIT_TYPE, null).withDetail("platforms:" + rows.size()));
        return rows;
    }

    /** The same figures, for a file: recorded as an export, with a recent second factor (decision 021). */
    @PreAuthorize("hasAuthority('" + REPORT_READ + "')")
    @Transactional
    public List<PlatformOutcome> exportPerPlatform(Instant from, Instant to, boolean byRoute) {
        stepUp.require();
        List<PlatformOutcome> rows = compute(from, to, byRoute);
        auditTrail.record(AuditEntry.of(AuditAction.EXPORT, AUDIT_TYPE, null).withDetail("platforms:" + rows.size()));
        return rows;
    }

    private List<PlatformOutcome> compute(Instant from, Instant to, boolean byRoute) {
        var params = new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
        String route = byRoute ? "t.route" : "cast(null as varchar)";
        String groupRoute = byRoute ? ", t.route" : "";
        Map<String, PlatformOutcome> outcomes = new LinkedHashMap<>();
        jdbc.query("""
                select p.id, p.name, %1$s as route, count(*) as requests,
                       count(*) filter (where t.decided_at is not null) as decided,
                       count(*) filter (where t.removed_at is not null) as removed,
                       count(*) filter (where t.status = 'REFUSED'
                                         or exists (select 1 from takedown_transition r
                                                    where r.request_id = t.id and r.to_status = 'REFUSED')) as refused,
                       count(*) filter (where t.status = 'REAPPEARED'
                                         or exists (select 1 from takedown_transition r
                                                    where r.request_id = t.id and r.to_status = 'REAPPEARED')) as reappeared,
                       percentile_cont(0.5) within group (order by extract(epoch from t.removed_at - t.submitted_at) / 3600.0)
                           filter (where t.removed_at is not null and t.submitted_at is not null) as median_hours,
                       percentile_cont(0.9) within group (order by extract(epoch from t.removed_at - t.submitted_at) / 3600.0)
                           filter (where t.removed_at is not null and t.submitted_at is not null) as p90_hours
                from takedown_request t join platform p on p.id = t.platform_id
                where t.created_at >= :from and t.created_at < :to
                group by p.id, p.name, p.sort_order%2$s
                order by p.sort_order, p.name""".formatted(route, groupRoute), params, rs -> {
            String routeName = rs.getString("route");
            String key = rs.getLong("id") + "/" + routeName;
            outcomes.put(key, new PlatformOutcome(rs.getLong("id"), rs.getString("name"),
                    routeName == null ? null : ReportRoute.valueOf(routeName), rs.getLong("requests"),
                    new EnumMap<>(TakedownStatus.class), rs.getLong("decided"), rs.getLong("removed"),
                    rs.getLong("refused"), rs.getLong("reappeared"), (Double) rs.getObject("median_hours"),
                    (Double) rs.getObject("p90_hours")));
        });
        jdbc.query("""
                select t.platform_id, %1$s as route, t.status, count(*) as n
                from takedown_request t
                where t.created_at >= :from and t.created_at < :to
                group by t.platform_id%2$s, t.status""".formatted(route, groupRoute), params, rs -> {
            var outcome = outcomes.get(rs.getLong("platform_id") + "/" + rs.getString("route"));
            if (outcome != null) {
                outcome.byStatus().put(TakedownStatus.valueOf(rs.getString("status")), rs.getLong("n"));
            }
        });
        return new ArrayList<>(outcomes.values());
    }
}
