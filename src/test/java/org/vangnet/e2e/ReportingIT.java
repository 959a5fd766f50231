package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vangnet.base.time.HelplineZone;

/**
 * In a real browser: the supervisor's charts are drawn by Chart.js with the same figures as an
 * independent SQL count, an export downloads an audited workbook, and cases are reassigned from
 * the case list that the workload links to.
 */
class ReportingIT extends BrowserTest {

    @Test
    void theTrendChartsShowTheTeamsFiguresAndTheExportIsAudited() throws Exception {
        long team = jdbc.queryForObject("select team_id from app_user where username = 'sofie'", Long.class);
        long lotte = jdbc.queryForObject("select id from app_user where username = 'lotte'", Long.class);
        LocalDate twoMonthsAgo = LocalDate.now(HelplineZone.ZONE).minusMonths(2).withDayOfMonth(10);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            seedCase(tag + "-" + i, team, lotte, twoMonthsAgo.atStartOfDay(HelplineZone.ZONE).toInstant(), i == 0);
        }

        signIn("sofie");
        // The charts honour "reduce motion": drawn at once, so the screenshot shows them finished.
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        page.navigate(url("/reporting/trends"));
        page.waitForFunction("() => { const c = document.querySelector('.vn-chart-card canvas');"
                + " return c && window.Chart && window.Chart.getChart(c); }");
        @SuppressWarnings("unchecked")
        List<Number> drawn = (List<Number>) page.evaluate("() => window.Chart.getChart("
                + "document.querySelector('.vn-chart-card canvas')).data.datasets[0].data");
        assertThat(drawn).hasSize(12);
        List<Long> expected = new ArrayList<>();
        LocalDate month = LocalDate.now(HelplineZone.ZONE).withDayOfMonth(1).minusMonths(11);
        for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
            expected.add(jdbc.queryForObject("""
                    select count(*) from case_file where team_id = ? and opened_at >= ? and opened_at < ?""", Long.class,
                    team, Timestamp.from(month.atStartOfDay(HelplineZone.ZONE).toInstant()),
                    Timestamp.from(month.plusMonths(1).atStartOfDay(HelplineZone.ZONE).toInstant())));
        }
        assertThat(drawn.stream().map(Number::longValue).toList()).isEqualTo(expected);
        assertThat(expected.get(9)).isGreaterThanOrEqualTo(3);
        assertThat(page.locator(".vn-chart-card canvas")).hasCount(4);
        screenshot("reporting-trends");

        long exports = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'EXPORT' and actor = 'sofie' and object_type = 'CASE_TRENDS'",
                Long.class);
        // The file is made on the click (a recent factor: she just signed in), then offered as a link (decision 021).
        page.locator("#export-xlsx").click();
        Download download = page.waitForDownload(() -> page.locator("#export-download").click());
        byte[] workbook = Files.readAllBytes(download.path());
        assertThat(download.suggestedFilename()).matches("trends-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'EXPORT' and actor = 'sofie' and object_type = 'CASE_TRENDS'",
                Long.class)).isEqualTo(exports + 1);
    }

    @Test
    void aSupervisorReassignsCasesFromTheListTheWorkloadLinksTo() {
        long team = jdbc.queryForObject("select team_id from app_user where username = 'sofie'", Long.class);
        long lotte = jdbc.queryForObject("select id from app_user where username = 'lotte'", Long.class);
        long karim = jdbc.queryForObject("select id from app_user where username = 'karim'", Long.class);
        String tag = "Herverdeel" + UUID.randomUUID().toString().substring(0, 4);
        List<Long> ids = List.of(seedCase(tag + "-a", team, lotte, Instant.now(), false),
                seedCase(tag + "-b", team, lotte, Instant.now(), false));

        signIn("sofie");
        page.navigate(url("/reporting/workload"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lotte Peeters")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/cases\\?.*counsellor=" + lotte + ".*"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoek op referentie of alias")).fill(tag);
        Locator rows = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("E2E-" + tag));
        assertThat(rows).hasCount(2);
        // The row checkboxes that show a case (the grid keeps spare, hidden rows for scrolling).
        Locator ticks = page.locator("vaadin-grid-cell-content vaadin-checkbox")
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(ticks).hasCount(2);
        ticks.nth(0).click();
        ticks.nth(1).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/cases\\?.*"));
        page.locator("#reassign-selected").click();
        page.locator("#reassign-to input").fill("Karim");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Karim El Idrissi")).click();
        page.locator("#reassign-confirm").click();
        assertThat(page.getByText("2 dossiers herverdeeld.")).isVisible();

        for (long id : ids) {
            assertThat(jdbc.queryForObject("select counsellor_id from case_file where id = ?", Long.class, id))
                    .isEqualTo(karim);
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_event where actor = 'sofie' and action = 'UPDATE' and object_type = 'CASE'
                      and object_id = ? and detail = ?""", Long.class, Long.toString(id), "assigned:" + karim))
                    .isEqualTo(1);
        }
    }

    private long seedCase(String alias, long team, long counsellor, Instant opened, boolean minor) {
        return jdbc.queryForObject("""
                insert into case_file (reference, status, priority, intake_channel, team_id, counsellor_id, opened_at,
                    opened_by, last_activity_at, client_alias, minor_involved)
                values (?, 'NEW', 2, 'CHAT', ?, ?, ?, 'e2e', ?, ?, ?) returning id""", Long.class,
                "E2E-" + alias, team, counsellor, Timestamp.from(opened), Timestamp.from(opened), alias, minor);
    }
}
