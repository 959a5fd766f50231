package org.vangnet.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.base.export.ExportFormat;
import org.vangnet.base.export.Table;
import org.vangnet.testsupport.SignedIn;
import org.vangnet.base.time.HelplineZone;

/**
 * Every figure of the reports against an independent SQL count on a data set seeded with plain SQL
 * in a team of its own, and the transparency export searched for the sentinel personal data.
 */
@SpringBootTest
class ReportingIntegrationTest {

    static final String SENTINEL_ALIAS = "SENTINEL-ALIAS-7f3";
    static final String SENTINEL_URL = "https://sentinel.example/SENTINEL-URL-9c1";
    static final String SENTINEL_TICKET = "SENTINEL-TICKET-4d2";
    static final int YEAR = 2019;

    @Autowired
    ReportingQueries reporting;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    String tag;
    long team;
    long supervisor;
    long anna;
    long ben;
    int refs;

    @BeforeEach
    void seed() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        // Each test seeds its own notices; only the last seed's stay, so the yearly figures are known.
        jdbc.update("delete from takedown_request where case_reference like 'RPT-%'");
        Instant now = clock.instant();
        team = jdbc.queryForObject("insert into team (name, created_at) values (?, now()) returning id", Long.class,
                "Rapport " + tag);
        supervisor = user("sup-" + tag, "SUPERVISOR");
        anna = user("anna-" + tag, "COUNSELLOR");
        ben = user("ben-" + tag, "COUNSELLOR");
        Instant monthStart = YearMonth.from(now.atZone(HelplineZone.ZONE)).atDay(1)
                .atStartOfDay(HelplineZone.ZONE).toInstant();
        // Anna: two urgent and one normal open case, one case opened and closed this month.
        caseFile(anna, "NEW", 0, "PHONE", monthStart, null, now.minus(Duration.ofDays(3)), true, "LEAKED_IMAGES");
        caseFile(anna, "ACTIVE", 0, "CHAT", now.minus(Duration.ofDays(40)), null, now.minus(Duration.ofDays(9)), false,
                "SEXTORTION");
        caseFile(anna, "WAITING", 2, "EMAIL", now.minus(Duration.ofDays(70)), null, now.minus(Duration.ofDays(1)),
                false, "DEEPFAKE");
        caseFile(anna, "CLOSED", 1, "PHONE", monthStart, monthStart.plus(Duration.ofHours(1)), monthStart, true,
                "LEAKED_IMAGES", "SEXTORTION");
        // Ben: one high open case, one closed long ago, two overdue follow-ups and one not yet due.
        long benCase = caseFile(ben, "REOPENED", 1, "FORUM", now.minus(Duration.ofDays(100)), null,
                now.minus(Duration.ofDays(20)), false, "HACKED_ACCOUNT");
        caseFile(ben, "CLOSED", 2, "CHAT", now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(150)),
                now.minus(Duration.ofDays(150)), false, "SEXTING_WORRY");
        followUp(benCase, ben, now.minus(Duration.ofHours(2)), "OPEN");
        followUp(benCase, ben, now.minus(Duration.ofDays(2)), "OPEN");
        followUp(benCase, ben, now.minus(Duration.ofDays(2)), "DONE");
        followUp(benCase, ben, now.plus(Duration.ofDays(2)), "OPEN");
        // Notices in a year of their own, on a case full of personal data.
        Instant inYear = LocalDate.of(YEAR, 6, 1).atStartOfDay(HelplineZone.ZONE).toInstant();
        long sentinelCase = caseFile(ben, "CLOSED", 2, "PHONE", inYear, inYear.plus(Duration.ofDays(30)), inYear,
                false, "LEAKED_IMAGES", "DEEPFAKE");
        long platform = jdbc.queryForObject("select min(id) from platform", Long.class);
        takedown(sentinelCase, platform, "REMOVED", inYear);
        takedown(sentinelCase, platform, "REFUSED", inYear);
        takedown(sentinelCase, platform, "REMOVED", inYear.plus(Duration.ofDays(2)));
        takedown(sentinelCase, platform, "REMOVED",
                LocalDate.of(YEAR + 1, 1, 1).atStartOfDay(HelplineZone.ZONE).toInstant());
    }

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void theWorkloadMatchesAnIndependentCountForEveryCounsellor() {
        Workload workload = as("sup-" + tag, () -> reporting.workload(false));
        List<WorkloadRow> rows = workload.rows();

        assertThat(workload.scope().level()).isEqualTo(ReportScope.Level.TEAM);
        assertThat(workload.perTeam()).isFalse();
        assertThat(rows).extracting(WorkloadRow::id).containsExactlyInAnyOrder(supervisor, anna, ben);
        for (WorkloadRow row : rows) {
            assertMatchesSql(row, "counsellor_id", "assignee_id");
        }
        WorkloadRow annaRow = rows.stream().filter(r -> r.id() == anna).findFirst().orElseThrow();
        assertThat(annaRow.name()).isEqualTo("Anna " + tag);
        assertThat(List.of(annaRow.openUrgent(), annaRow.openHigh(), annaRow.openNormal(), annaRow.openedThisMonth(),
                annaRow.closedThisMonth())).containsExactly(2L, 0L, 1L, 2L, 1L);
        WorkloadRow benRow = rows.stream().filter(r -> r.id() == ben).findFirst().orElseThrow();
        assertThat(benRow.overdueFollowUps()).isEqualTo(2);
        assertThat(benRow.openHigh()).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'READ' and object_type = 'WORKLOAD' and object_id = ?""",
                Long.class, "team:" + team)).isEqualTo(1);
    }

    @Test
    void aCounsellorSeesOnlyTheirOwnFigures() {
        Workload workload = as("anna-" + tag, () -> reporting.workload(false));

        assertThat(workload.scope().level()).isEqualTo(ReportScope.Level.OWN);
        assertThat(workload.rows()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(anna);
            assertMatchesSql(row, "counsellor_id", "assignee_id");
        });

        CaseTrends trends = as("anna-" + tag, () -> reporting.trends(TrendUnit.MONTH, false));
        Timestamp from = Timestamp.from(trends.periods().getFirst().start().atStartOfDay(HelplineZone.ZONE).toInstant());
        assertThat(trends.newCases()).isEqualTo(jdbc.queryForObject(
                "select count(*) from case_file where counsellor_id = ? and opened_at >= ?", Long.class, anna, from))
                .isEqualTo(4);
        assertThat(trends.minors()).isEqualTo(2);
    }

    @Test
    void anAdministratorSeesTotalsPerTeamAndNoCounsellor() {
        Workload workload = as("admin", () -> reporting.workload(false));

        assertThat(workload.perTeam()).isTrue();
        assertThat(workload.rows()).hasSize(jdbc.queryForObject("select count(*) from team", Integer.class));
        assertThat(workload.rows()).extracting(WorkloadRow::name).doesNotContain("Anna " + tag, "Ben " + tag)
                .contains("Rapport " + tag);
        for (WorkloadRow row : workload.rows()) {
            assertMatchesSql(row, "team_id", "team_id");
        }
        WorkloadRow ours = workload.rows().stream().filter(r -> r.id() == team).findFirst().orElseThrow();
        assertThat(List.of(ours.openUrgent(), ours.openHigh(), ours.openNormal(), ours.overdueFollowUps()))
                .containsExactly(2L, 1L, 1L, 2L);

        CaseTrends all = as("admin", () -> reporting.trends(TrendUnit.MONTH, false));
        Timestamp from = Timestamp.from(all.periods().getFirst().start().atStartOfDay(HelplineZone.ZONE).toInstant());
        assertThat(all.scope().level()).isEqualTo(ReportScope.Level.ALL);
        assertThat(all.newCases()).isEqualTo(jdbc.queryForObject(
                "select count(*) from case_file where opened_at >= ?", Long.class, from));
    }

    @Test
    void theTrendsMatchAnIndependentCountPerMonthKindAndChannel() {
        CaseTrends trends = as("sup-" + tag, () -> reporting.trends(TrendUnit.MONTH, false));

        assertThat(trends.periods()).hasSize(12);
        assertThat(trends.periods().getLast().start())
                .isEqualTo(YearMonth.from(clock.instant().atZone(HelplineZone.ZONE)).atDay(1));
        assertPeriodsMatchSql(trends, "month");
        // Seeded: 6 cases in the last year (the 2019 case falls outside), 2 with minors.
        assertThat(trends.newCases()).isEqualTo(6);
        assertThat(trends.minors()).isEqualTo(2);
        // Closed within the window: the one-hour case and the fifty-day case; the median is their mean,
        // with durations in whole days (decision 032): (0 + 50) / 2.
        assertThat(trends.closedCases()).isEqualTo(2);
        assertThat(trends.medianDurationDays()).isEqualTo(25.0);

        Table table = ReportTables.trends(trends, List.of("LEAKED_IMAGES"), List.of("PHONE"), Function.identity());
        String csv = new String(ExportFormat.CSV.write(table, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\nreporting.month;reporting.new-cases;reporting.minors;case.harm.LEAKED_IMAGES;"
                + "case.channel.PHONE;reporting.closed;reporting.median-days\r\n");
        assertThat(table.dataRows()).isEqualTo(12);
    }

    @Test
    void theTrendsPerWeekCoverTwentySixMondayToSundayWeeks() {
        CaseTrends trends = as("sup-" + tag, () -> reporting.trends(TrendUnit.WEEK, false));

        assertThat(trends.periods()).hasSize(26);
        assertThat(trends.periods()).allSatisfy(p -> assertThat(p.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        LocalDate today = clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
        assertThat(trends.periods().getLast().start()).isAfter(today.minusDays(7)).isBeforeOrEqualTo(today);
        assertPeriodsMatchSql(trends, "week");
        Timestamp from = Timestamp.from(trends.periods().getFirst().start().atStartOfDay(HelplineZone.ZONE).toInstant());
        assertThat(trends.newCases()).isEqualTo(jdbc.queryForObject(
                "select count(*) from case_file where team_id = ? and opened_at >= ?", Long.class, team, from));
    }

    @Test
    void theFiguresPerTeamAndTheClosingHistogramEqualARecountFromTheCases() {
        // Decision 032: moved by triggers step by step, they must equal a recount. Reopen a closed case,
        // close an open one, move one to another team: each moves the figures.
        Long other = jdbc.queryForObject("insert into team (name, created_at) values (?, now()) returning id", Long.class,
                "Andere " + tag);
        jdbc.update("update case_file set status = 'REOPENED', closed_at = null, closing_reason = null "
                + "where counsellor_id = ? and status = 'CLOSED'",
                ben);
        jdbc.update("update case_file set status = 'CLOSED', waiting_on = null, closing_reason = 'RESOLVED', "
                + "closed_at = opened_at + interval '36 hours' "
                + "where counsellor_id = ? and status = 'WAITING'", anna);
        jdbc.update("update case_file set team_id = ? where counsellor_id = ? and status = 'CLOSED'", other, anna);
        jdbc.update("update case_file set priority = 0, team_id = ? where counsellor_id = ? and status = 'REOPENED'",
                other, ben);

        // Decision 044: the open cases per team and priority, the same way.
        assertThat(figures("""
                select 'n ' || team_id || ' ' || priority || ' ' || open from case_open_team_count where open <> 0"""))
                .isEqualTo(figures("""
                select 'n ' || team_id || ' ' || priority || ' ' || count(*) from case_file
                where status in ('NEW', 'ACTIVE', 'WAITING', 'REOPENED') group by team_id, priority"""))
                .anyMatch(line -> line.startsWith("n " + other + " 0 "));
        assertThat(figures("""
                select 'o ' || day || ' ' || team_id || ' ' || intake_channel || ' ' || sum(opened) || ' ' || sum(minors)
                from case_opened_team_daily group by day, team_id, intake_channel having sum(opened) <> 0""")).isEqualTo(
                figures("""
                select 'o ' || d || ' ' || team_id || ' ' || intake_channel || ' ' || count(*) || ' '
                       || count(*) filter (where minor_involved)
                from (select (opened_at at time zone 'Europe/Brussels')::date as d, * from case_file) c
                group by d, team_id, intake_channel"""));
        assertThat(figures("""
                select 'h ' || day || ' ' || team_id || ' ' || kind || ' ' || opened
                from case_harm_opened_team_daily where opened <> 0""")).isEqualTo(figures("""
                select 'h ' || d || ' ' || c.team_id || ' ' || h.kind || ' ' || count(*)
                from (select (opened_at at time zone 'Europe/Brussels')::date as d, * from case_file) c
                     join case_harm h on h.case_id = c.id
                group by d, c.team_id, h.kind"""));
        assertThat(figures("""
                select 'c ' || unit || ' ' || period || ' ' || team_id || ' ' || duration_days || ' ' || closed
                from case_closed_duration where closed <> 0""")).isEqualTo(figures("""
                select 'c ' || u.unit || ' ' || date_trunc(u.unit, c.closed_at at time zone 'Europe/Brussels')::date || ' '
                       || c.team_id || ' ' || round(extract(epoch from c.closed_at - c.opened_at) / 86400.0)::integer || ' '
                       || count(*)
                from case_file c cross join (values ('week'), ('month')) as u(unit)
                where c.status = 'CLOSED' and c.closed_at is not null
                group by u.unit, date_trunc(u.unit, c.closed_at at time zone 'Europe/Brussels'), c.team_id,
                         round(extract(epoch from c.closed_at - c.opened_at) / 86400.0)""")).isNotEmpty();
    }

    private List<String> figures(String sql) {
        return jdbc.queryForList(sql, String.class).stream().sorted().toList();
    }

    @Test
    void theTransparencyReportCountsNoticesPerPlatformContentAndActionWithoutPersonalData() throws Exception {
        List<TransparencyRow> rows = as("admin", () -> reporting.transparency(YEAR, true));

        long platformCount = jdbc.queryForObject("""
                select count(*) from takedown_request t
                where t.submitted_at >= '2019-01-01T00:00:00+01:00' and t.submitted_at < '2020-01-01T00:00:00+01:00'""",
                Long.class);
        assertThat(as("admin", () -> reporting.noticesIn(YEAR))).isEqualTo(platformCount).isEqualTo(3);
        for (TransparencyRow row : rows) {
            assertThat(row.notices()).as(row.toString()).isEqualTo(jdbc.queryForObject("""
                    select count(*) from takedown_request t join platform p on p.id = t.platform_id
                    join case_harm h on h.case_id = t.case_id
                    where p.name = ? and h.kind = ? and t.status = ?
                      and t.submitted_at >= '2019-01-01T00:00:00+01:00' and t.submitted_at < '2020-01-01T00:00:00+01:00'""",
                    Long.class, row.platform(), row.contentType(), row.action()));
        }
        assertThat(rows).extracting(TransparencyRow::contentType, TransparencyRow::action, TransparencyRow::notices)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("DEEPFAKE", "REFUSED", 1L),
                        org.assertj.core.groups.Tuple.tuple("DEEPFAKE", "REMOVED", 2L),
                        org.assertj.core.groups.Tuple.tuple("LEAKED_IMAGES", "REFUSED", 1L),
                        org.assertj.core.groups.Tuple.tuple("LEAKED_IMAGES", "REMOVED", 2L));

        Table table = ReportTables.transparency(YEAR, rows, Function.identity());
        String csv = new String(ExportFormat.CSV.write(table, Locale.ENGLISH), StandardCharsets.UTF_8);
        String xlsx = unzippedText(ExportFormat.XLSX.write(table, Locale.ENGLISH));
        for (String output : List.of(csv, xlsx)) {
            assertThat(output).contains(rows.getFirst().platform()).doesNotContain(SENTINEL_ALIAS, SENTINEL_URL, SENTINEL_TICKET, "SENTINEL",
                    "RPT-" + tag, "Anna", "Ben ");
        }
        assertThat(csv).contains("2019-01-01").contains(";2\r\n");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'EXPORT' and object_type = 'TRANSPARENCY_REPORT'
                  and actor = 'admin'""", Long.class)).isPositive();
    }

    @Test
    void theInstituteSeesNoCaseFiguresAndSupervisorsNoTransparencyReport() {
        assertThatThrownBy(() -> as("nadia", () -> reporting.workload(false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("nadia", () -> reporting.trends(TrendUnit.MONTH, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("sup-" + tag, () -> reporting.transparency(YEAR, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("anna-" + tag, () -> reporting.transparency(YEAR, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("nadia", () -> reporting.transparency(YEAR, false))).isNotEmpty();
    }

    @Test
    void anExportIsAudited() {
        long before = exports("sup-" + tag);
        as("sup-" + tag, () -> reporting.workload(true));
        as("sup-" + tag, () -> reporting.trends(TrendUnit.WEEK, true));
        assertThat(exports("sup-" + tag)).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("""
                select detail from audit_event where action = 'EXPORT' and actor = ? and object_type = 'CASE_TRENDS'""",
                String.class, "sup-" + tag)).isEqualTo("week:26");
    }

    @Test
    void withoutARecentSecondFactorNoReportIsExportedButReadingGoesOn() {
        var user = users.loadUserByUsername("sup-" + tag);
        var stale = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(user.getAuthorities());
        stale.add(org.springframework.security.core.authority.FactorGrantedAuthority
                .withAuthority(org.vangnet.security.SecondFactorService.TOTP_AUTHORITY)
                .issuedAt(clock.instant().minus(java.time.Duration.ofMinutes(30))).build());
        var context = securityContext.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, stale));
        var previous = securityContext.getContext();
        securityContext.setContext(context);
        long before = exports("sup-" + tag);
        try {
            assertThatThrownBy(() -> reporting.workload(true)).isInstanceOf(org.vangnet.security.StepUpRequiredException.class);
            assertThatThrownBy(() -> reporting.trends(TrendUnit.WEEK, true))
                    .isInstanceOf(org.vangnet.security.StepUpRequiredException.class);
            assertThat(reporting.workload(false).rows()).isNotEmpty();
        } finally {
            securityContext.setContext(previous);
        }
        assertThat(exports("sup-" + tag)).isEqualTo(before);
    }

    /** Every figure of the line against a count in SQL; {@code key} is the case column, {@code followUpKey} the follow-up's. */
    private void assertMatchesSql(WorkloadRow row, String key, String followUpKey) {
        Instant now = clock.instant();
        Timestamp monthStart = Timestamp.from(YearMonth.from(now.atZone(HelplineZone.ZONE)).atDay(1)
                .atStartOfDay(HelplineZone.ZONE).toInstant());
        long id = row.id();
        String open = " and status in ('NEW', 'ACTIVE', 'WAITING', 'REOPENED')";
        for (int priority = 0; priority < 3; priority++) {
            long expected = jdbc.queryForObject("select count(*) from case_file where " + key + " = ? and priority = ?"
                    + open, Long.class, id, priority);
            assertThat(List.of(row.openUrgent(), row.openHigh(), row.openNormal()).get(priority))
                    .as(row.name() + " priority " + priority).isEqualTo(expected);
        }
        assertThat(row.overdueFollowUps()).isEqualTo(jdbc.queryForObject("select count(*) from follow_up where "
                + followUpKey + " = ? and status = 'OPEN' and due_at < ?", Long.class, id, Timestamp.from(now)));
        Timestamp oldest = jdbc.queryForObject("select min(last_activity_at) from case_file where " + key + " = ?" + open,
                Timestamp.class, id);
        assertThat(row.oldestUntouched()).isEqualTo(oldest == null ? null : oldest.toInstant());
        if (key.equals("counsellor_id")) {
            List<Long> oldestCase = jdbc.queryForList("select id from case_file where counsellor_id = ?" + open
                    + " order by last_activity_at, id limit 1", Long.class, id);
            assertThat(row.oldestCaseId()).isEqualTo(oldestCase.isEmpty() ? null : oldestCase.getFirst());
        } else {
            assertThat(row.oldestCaseId()).as("a team's line names no case").isNull();
        }
        assertThat(row.openedThisMonth()).isEqualTo(jdbc.queryForObject(
                "select count(*) from case_file where " + key + " = ? and opened_at >= ?", Long.class, id, monthStart));
        assertThat(row.closedThisMonth()).isEqualTo(jdbc.queryForObject(
                "select count(*) from case_file where " + key + " = ? and closed_at >= ?", Long.class, id, monthStart));
    }

    /** Each period's figures against SQL, grouping by PostgreSQL's own date_trunc in Brussels time. */
    private void assertPeriodsMatchSql(CaseTrends trends, String field) {
        String period = "cast(date_trunc('" + field + "', %s at time zone 'Europe/Brussels') as date)";
        String opened = period.formatted("c.opened_at");
        for (var p : trends.periods()) {
            String at = p.start().toString();
            assertThat(p.newCases()).as(at).isEqualTo(jdbc.queryForObject(
                    "select count(*) from case_file c where team_id = ? and " + opened + " = cast(? as date)",
                    Long.class, team, at));
            assertThat(p.minors()).as(at).isEqualTo(jdbc.queryForObject("select count(*) from case_file c "
                    + "where team_id = ? and minor_involved and " + opened + " = cast(? as date)", Long.class, team, at));
            for (String kind : List.of("LEAKED_IMAGES", "SEXTORTION", "DEEPFAKE", "HACKED_ACCOUNT", "SEXTING_WORRY")) {
                assertThat(p.byHarm().getOrDefault(kind, 0L)).as(at + kind).isEqualTo(jdbc.queryForObject(
                        "select count(*) from case_file c join case_harm h on h.case_id = c.id where c.team_id = ? "
                                + "and h.kind = ? and " + opened + " = cast(? as date)", Long.class, team, kind, at));
            }
            for (String channel : List.of("PHONE", "CHAT", "EMAIL", "FORUM")) {
                assertThat(p.byChannel().getOrDefault(channel, 0L)).as(at + channel).isEqualTo(jdbc.queryForObject(
                        "select count(*) from case_file c where team_id = ? and intake_channel = ? and " + opened
                                + " = cast(? as date)", Long.class, team, channel, at));
            }
            assertThat(p.closed()).as(at + " closed").isEqualTo(jdbc.queryForObject(
                    "select count(*) from case_file c where team_id = ? and status = 'CLOSED' and "
                            + period.formatted("c.closed_at") + " = cast(? as date)", Long.class, team, at));
        }
    }

    /** Every part of the workbook as text, read through the zip's central directory. */
    private static String unzippedText(byte[] zip) throws java.io.IOException {
        var file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            var text = new StringBuilder();
            try (var in = new java.util.zip.ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(in.entries())) {
                    text.append(new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return text.toString();
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private long exports(String actor) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and actor = ?",
                Long.class, actor);
    }

    private <T> T as(String username, Supplier<T> action) {
        return new SignedIn(users, securityContext).as(username, action);
    }

    private long user(String username, String role) {
        String name = Character.toUpperCase(username.charAt(0)) + username.substring(1, username.indexOf('-')) + " " + tag;
        return jdbc.queryForObject("""
                insert into app_user (username, display_name, password_hash, role, team_id, created_at, password_changed_at)
                values (?, ?, '{noop}x', ?, ?, now(), now()) returning id""", Long.class, username, name, role, team);
    }

    private long caseFile(long counsellor, String status, int priority, String channel, Instant opened, Instant closed,
            Instant lastActivity, boolean minor, String... harms) {
        long id = jdbc.queryForObject("""
                insert into case_file (reference, status, waiting_on, closing_reason, priority, intake_channel, team_id,
                    counsellor_id, opened_at, opened_by, closed_at, last_activity_at, client_alias, minor_involved)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'seed', ?, ?, ?, ?) returning id""", Long.class,
                "RPT-" + tag + "-" + (++refs), status, "WAITING".equals(status) ? "CLIENT" : null,
                "CLOSED".equals(status) ? "RESOLVED" : null, priority, channel, team, counsellor,
                Timestamp.from(opened), closed == null ? null : Timestamp.from(closed), Timestamp.from(lastActivity),
                SENTINEL_ALIAS, minor);
        for (String harm : harms) {
            jdbc.update("insert into case_harm (case_id, kind) values (?, ?)", id, harm);
        }
        return id;
    }

    private void followUp(long caseId, long assignee, Instant due, String status) {
        jdbc.update("""
                insert into follow_up (case_id, case_reference, team_id, kind, due_at, assignee_id, status, source,
                    created_at, created_by, closed_at)
                values (?, (select reference from case_file where id = ?), ?, 'OTHER', ?, ?, ?, 'MANUAL', now(), 'seed', ?)""",
                caseId, caseId, team, Timestamp.from(due), assignee, status,
                "OPEN".equals(status) ? null : Timestamp.from(due));
    }

    private void takedown(long caseId, long platform, String status, Instant submitted) {
        jdbc.update("""
                insert into takedown_request (case_id, case_reference, minor_involved, platform_id, status, route,
                    on_behalf_of, content_description, ticket_number, created_at, created_by, submitted_at, last_changed_at,
                    harm_kinds)
                values (?, (select reference from case_file where id = ?), false, ?, ?, 'WEB_FORM', 'CLIENT', ?, ?,
                    ?, 'seed', ?, ?,
                    -- what the takedowns module copies from the case at creation (decision 032)
                    (select coalesce(string_agg(kind, ',' order by kind), '') from case_harm where case_id = ?))""",
                caseId, caseId, platform, status, SENTINEL_URL + " " + SENTINEL_ALIAS, SENTINEL_TICKET,
                Timestamp.from(submitted), Timestamp.from(submitted), Timestamp.from(submitted), caseId);
    }
}
