package org.vangnet.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.vangnet.testsupport.SignedIn;
import org.vangnet.testsupport.Timing;
import org.vangnet.base.time.HelplineZone;

/**
 * The reports over 100,000 cases and 300,000 takedown requests, seeded with plain SQL in a database
 * of their own. Prints the median of each report (lines starting with {@code PERF}); the limit
 * asserted is only a guard against a query gone badly wrong.
 */
@SpringBootTest(properties = "vangnet.test.context=reporting-performance")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingPerformanceTest {

    static final int CASES = 100_000;
    static final int RUNS = 9;
    static final double GUARD_MS = 2_000;

    @Autowired
    ReportingQueries reporting;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    int year;

    @BeforeAll
    void seed() {
        // As the owner, over a connection without the application's 30-s socket time-out (the outage time-outs):
        // on a loaded machine a bulk insert of 100,000 cases with their statistics triggers can take longer.
        var seed = org.vangnet.testsupport.DatabaseRoles.owner(postgres);
        long started = System.nanoTime();
        year = clock.instant().atZone(HelplineZone.ZONE).getYear();
        Long gent = jdbc.queryForObject("select team_id from app_user where username = 'sofie'", Long.class);
        Long lotte = jdbc.queryForObject("select id from app_user where username = 'lotte'", Long.class);
        Long karim = jdbc.queryForObject("select id from app_user where username = 'karim'", Long.class);
        // Over the last two years, most of them closed; one in four of the team's counsellors per case.
        seed.update("""
                insert into case_file (reference, status, waiting_on, closing_reason, priority, intake_channel, team_id,
                                       counsellor_id, opened_at, opened_by, closed_at, last_activity_at, client_alias,
                                       minor_involved, harm_mask)
                select 'PF-' || lpad(n::text, 8, '0'), s.status,
                       case when s.status = 'WAITING' then 'CLIENT' end,
                       case when s.status = 'CLOSED' then 'RESOLVED' end,
                       n % 3, (array['PHONE', 'CHAT', 'EMAIL', 'FORUM'])[1 + n % 4], ?,
                       case when n % 2 = 0 then ? else ? end, s.opened_at, 'seed-perf',
                       case when s.status = 'CLOSED' then s.opened_at + (n % 60) * interval '1 day' end,
                       s.opened_at + (n % 20) * interval '1 day', 'Perf ' || n, n % 5 = 0,
                       harm_bit((array['LEAKED_IMAGES', 'SEXTORTION', 'SEXTING_WORRY', 'DEEPFAKE', 'HACKED_ACCOUNT'])[1 + n % 5])
                from (select n, now() - (n % 730) * interval '1 day' - (n % 24) * interval '1 hour' as opened_at,
                             case when n % 10 < 7 then 'CLOSED'
                                  else (array['NEW', 'ACTIVE', 'WAITING', 'REOPENED'])[1 + n % 4] end as status
                      from generate_series(1, ?) as n) s""", gent, lotte, karim, CASES);
        seed.update("""
                insert into case_harm (case_id, kind)
                select c.id, k.kind from case_file c
                cross join unnest(array['LEAKED_IMAGES', 'SEXTORTION', 'SEXTING_WORRY', 'DEEPFAKE', 'HACKED_ACCOUNT']) k(kind)
                where c.opened_by = 'seed-perf' and c.harm_mask & harm_bit(k.kind) <> 0""");
        seed.update("""
                insert into takedown_request (case_id, case_reference, minor_involved, platform_id, status, route,
                    on_behalf_of, content_description, created_at, created_by, submitted_at, removed_at, last_changed_at)
                select c.id, c.reference, false, p.ids[1 + (c.id + k) % array_length(p.ids, 1)],
                       (array['SUBMITTED', 'REMOVED', 'REFUSED', 'REMOVED', 'RESTRICTED'])[1 + (c.id + k) % 5],
                       'WEB_FORM', 'CLIENT', 'perf', c.opened_at, 'seed-perf', c.opened_at + interval '1 hour',
                       case when (c.id + k) % 5 in (1, 3) then c.opened_at + interval '30 hours' end, c.opened_at
                from case_file c cross join generate_series(1, 3) as k
                cross join (select array_agg(id order by id) as ids from platform) p
                where c.opened_by = 'seed-perf'""");
        seed.update("""
                insert into follow_up (case_id, case_reference, team_id, kind, due_at, assignee_id, status, source,
                                       created_at, created_by)
                select id, reference, team_id, 'OTHER', opened_at + interval '2 days', counsellor_id,
                       case when id % 3 = 0 then 'OPEN' else 'DONE' end, 'MANUAL', opened_at, 'seed-perf'
                from case_file where opened_by = 'seed-perf' and status <> 'CLOSED'""");
        // Only the tables' owner may analyze them (decision 029).
        org.vangnet.testsupport.DatabaseRoles.owner(postgres).execute("analyze");
        System.out.printf(Locale.ROOT, "PERF reporting seeded %d cases, %d takedown requests in %d ms%n",
                jdbc.queryForObject("select count(*) from case_file", Long.class),
                jdbc.queryForObject("select count(*) from takedown_request", Long.class),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void theWorkloadForEachScope() {
        var team = measure("workload team", "sofie", () -> reporting.workload(false));
        assertThat(team.rows().stream().mapToLong(WorkloadRow::open).sum()).isGreaterThanOrEqualTo(30_000);
        var own = measure("workload own", "lotte", () -> reporting.workload(false));
        long lottesOpen = jdbc.queryForObject("""
                select count(*) from case_file where counsellor_id = (select id from app_user where username = 'lotte')
                  and status in ('NEW', 'ACTIVE', 'WAITING', 'REOPENED')""", Long.class);
        assertThat(own.rows()).singleElement().satisfies(r -> assertThat(r.open()).isEqualTo(lottesOpen));
        assertThat(lottesOpen).isGreaterThanOrEqualTo(10_000);
        var all = measure("workload all teams", "admin", () -> reporting.workload(false));
        assertThat(all.rows().stream().mapToLong(WorkloadRow::open).sum()).isGreaterThanOrEqualTo(30_000);
    }

    @Test
    void theCaseTrendsForEachScopeAndStep() {
        var months = measure("trends team per month", "sofie", () -> reporting.trends(TrendUnit.MONTH, false));
        assertThat(months.newCases()).isGreaterThan(40_000);
        assertThat(months.medianDurationDays()).isNotNull();
        var weeks = measure("trends team per week", "sofie", () -> reporting.trends(TrendUnit.WEEK, false));
        assertThat(weeks.newCases()).isGreaterThan(20_000);
        var own = measure("trends own per month", "lotte", () -> reporting.trends(TrendUnit.MONTH, false));
        assertThat(own.newCases()).isGreaterThan(20_000);
        var all = measure("trends all teams per month", "admin", () -> reporting.trends(TrendUnit.MONTH, false));
        assertThat(all.newCases()).isGreaterThanOrEqualTo(months.newCases());
    }

    @Test
    void theTransparencyReport() {
        var rows = measure("transparency", "admin", () -> reporting.transparency(year - 1, false));
        assertThat(rows.stream().mapToLong(TransparencyRow::notices).sum()).isGreaterThan(100_000);
    }

    private <T> T measure(String name, String username, Supplier<T> report) {
        return new SignedIn(users, securityContext).as(username, () -> {
            T result = report.get();
            Timing timing = Timing.of(0, RUNS, report);
            System.out.printf(Locale.ROOT, "PERF reporting %s median %.1f ms (min %.1f, max %.1f, %d runs)%n", name,
                    timing.median(), timing.min(), timing.max(), RUNS);
            assertThat(timing.median()).as(name + " median ms").isLessThan(GUARD_MS);
            return result;
        });
    }
}
