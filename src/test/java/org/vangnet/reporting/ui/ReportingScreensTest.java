package org.vangnet.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.base.ui.Chart;
import org.vangnet.reporting.CaseTrends;
import org.vangnet.reporting.WorkloadRow;
import org.vangnet.security.DemoSecondFactor;
import org.vangnet.testsupport.BrowserlessViewTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reporting screens as a counsellor, a supervisor and an administrator open them, in Dutch. */
class ReportingScreensTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachCounsellorOfTheTeamLinksToTheirOpenCasesAndTheirLongestWaitingCase() {
        Long team = jdbc.queryForObject("select team_id from app_user where username = 'sofie'", Long.class);
        Long lotte = jdbc.queryForObject("select id from app_user where username = 'lotte'", Long.class);
        // Untouched since 2001: older than anything else of Lotte's.
        Long waiting = jdbc.queryForObject("""
                insert into case_file (reference, status, priority, intake_channel, team_id, counsellor_id, opened_at,
                    opened_by, last_activity_at, client_alias, minor_involved)
                values ('SCR-' || substr(md5(random()::text), 1, 12), 'ACTIVE', 2, 'CHAT', ?, ?, '2001-01-01T10:00:00Z', 'seed',
                    '2001-01-01T10:00:00Z', 'Lang wachtend', false) returning id""", Long.class, team, lotte);
        jdbc.update("""
                insert into case_file (reference, status, closing_reason, priority, intake_channel, team_id,
                    counsellor_id, opened_at, opened_by, closed_at, last_activity_at, client_alias, minor_involved)
                values ('SCR-' || substr(md5(random()::text), 1, 12), 'CLOSED', 'RESOLVED', 2, 'CHAT', ?, ?, now(),
                    'seed', now(), now(), 'Te keuren', false)""", team, lotte);
        long toApprove = jdbc.queryForObject("""
                select count(*) from case_file where team_id = ? and status = 'CLOSED' and closing_approved_at is null
                  and pseudonymised_at is null""", Long.class, team);
        signInAs("sofie");
        navigate(WorkloadView.class);
        assertThat(find(Anchor.class).withId("closings-to-approve").single().getText())
                .isEqualTo(toApprove == 1 ? "1 afgesloten dossier wacht op je goedkeuring."
                        : toApprove + " afgesloten dossiers wachten op je goedkeuring.");
        assertThat(find(Anchor.class).withId("closings-to-approve").single().getHref()).isEqualTo("cases?closing=pending");

        var rows = rows();
        assertThat(rows.size()).isGreaterThanOrEqualTo(jdbc.queryForObject("""
                select count(*) from app_user where team_id = ? and enabled
                  and role in ('COUNSELLOR', 'SUPERVISOR')""", Integer.class, team));
        int lotteRow = rows.stream().map(WorkloadRow::id).toList().indexOf(lotte);
        assertThat(lotteRow).isNotNegative();
        @SuppressWarnings("unchecked")
        Grid<WorkloadRow> grid = find(Grid.class).single();
        assertThat(((Anchor) test(grid).getCellComponent(lotteRow, "name")).getHref())
                .isEqualTo("cases?counsellor=" + lotte + "&status=" + WorkloadView.OPEN_STATUSES);
        assertThat(find(Button.class).all()).extracting(Button::getText)
                .contains("Exporteren als CSV", "Exporteren als Excel");
        assertThat(((Anchor) test(grid).getCellComponent(lotteRow, "oldest")).getHref())
                .isEqualTo("cases/" + waiting);
        assertThat(grid.getFooterRows()).singleElement().satisfies(footer -> assertThat(
                footer.getCell(grid.getColumnByKey("urgent")).getText())
                .isEqualTo(Long.toString(rows.stream().mapToLong(WorkloadRow::openUrgent).sum())));
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("Team Gent: alle dossiers van je team.");
    }

    @Test
    void aCounsellorSeesOneLineTheirOwn() {
        signInAs("lotte");
        navigate(WorkloadView.class);

        Long lotte = jdbc.queryForObject("select id from app_user where username = 'lotte'", Long.class);
        assertThat(rows()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(lotte));
    }

    @Test
    void anAdministratorSeesTeamsWithoutNamesOrLinksIntoCases() {
        signInAs("admin");
        navigate(WorkloadView.class);

        assertThat(rows()).extracting(WorkloadRow::name).contains("Team Gent", "Team Brussel")
                .doesNotContain("Lotte Peeters", "Karim El Idrissi");
        @SuppressWarnings("unchecked")
        Grid<WorkloadRow> grid = find(Grid.class).single();
        assertThat(test(grid).getCellText(0, 0)).isNotBlank();
        assertThat(grid.getColumnByKey("name").getRenderer().getClass().getSimpleName()).doesNotContain("Component");
    }

    @Test
    void theTrendsAreChartsOfTheSameFiguresAsTheTable() {
        signInAs("sofie");
        navigate(TrendsView.class);

        List<Chart> charts = find(Chart.class).all();
        assertThat(charts).extracting(Chart::title).containsExactly("Nieuwe dossiers per maand en aandeel minderjarigen",
                "Nieuwe dossiers per soort schade", "Nieuwe dossiers per kanaal",
                "Afgesloten dossiers en hun mediane duur (dagen)");
        @SuppressWarnings("unchecked")
        List<CaseTrends.Period> periods = find(Grid.class).withId("trends-table").single().getGenericDataView().getItems().toList();
        assertThat(periods).hasSize(12);
        JsonNode spec = JsonMapper.builder().build().readTree(charts.getFirst().getElement().getAttribute("data-chart"));
        assertThat(spec.get("labels")).hasSize(12);
        assertThat(spec.get("locale").asString()).isEqualTo("nl-BE");
        List<Long> drawn = spec.get("series").get(0).get("values").valueStream().map(JsonNode::asLong).toList();
        assertThat(drawn).isEqualTo(periods.stream().map(CaseTrends.Period::newCases).toList());
        assertThat(charts.get(1).series()).hasSize(5);
        assertThat(charts.get(1).getElement().getAttribute("data-chart")).contains("\"stacked\":true");
    }

    @Test
    void theStepIsTakenFromTheUrl() {
        signInAs("lotte");
        com.vaadin.flow.component.UI.getCurrent().navigate("reporting/trends",
                com.vaadin.flow.router.QueryParameters.of("per", "week"));

        assertThat(find(Grid.class).withId("trends-table").single().getGenericDataView().getItems().count()).isEqualTo(26);
        assertThat(find(Chart.class).all().getFirst().title()).isEqualTo("Nieuwe dossiers per week en aandeel minderjarigen");
        assertThat(find(Chart.class).all().getFirst().labels().getLast()).startsWith("wk ");
    }

    @Test
    void anAdministratorSeesTheTransparencyReport() {
        signInAs("admin");
        navigate(TransparencyView.class);

        assertThat(find(Grid.class).single().getColumns()).hasSize(4);
        assertThat(find(Button.class).all()).extracting(Button::getText).contains("Exporteren als Excel");
    }

    @Test
    void anExportWithoutARecentSecondFactorAsksForACodeInPlaceAndThenOffersTheFileOfWhatWasShown() {
        signInAs("sofie", Duration.ofMinutes(10));
        jdbc.update("update user_totp set last_used_step = null where user_id = (select id from app_user where username = 'sofie')");
        com.vaadin.flow.component.UI.getCurrent().navigate("reporting/trends",
                com.vaadin.flow.router.QueryParameters.of("per", "week"));
        long exports = trendExports();

        test(find(Button.class).withId("export-csv").single()).click();

        var stepUp = find(Dialog.class).single();
        assertThat(stepUp.getHeaderTitle()).isEqualTo("Bevestig dat jij het bent");
        assertThat(trendExports()).as("nothing leaves before the code").isEqualTo(exports);
        assertThat(find(Anchor.class).withId("export-download").all()).isEmpty();
        test(find(TextField.class, stepUp).withCaption("Code").single()).setValue(DemoSecondFactor.codeAt(Instant.now()));
        test(find(Button.class, stepUp).withText("Bevestigen").single()).click();

        assertThat(stepUp.isOpened()).isFalse();
        assertThat(find(Anchor.class).withId("export-download").single().getText()).startsWith("trends").endsWith(".csv downloaden");
        assertThat(trendExports()).isEqualTo(exports + 1);
        // The weeks on screen, not the default months: the export went on with what the screen showed.
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'EXPORT' and actor = 'sofie'"
                + " and object_type = 'CASE_TRENDS' order by id desc limit 1", String.class)).isEqualTo("week:26");
    }

    private long trendExports() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and actor = 'sofie'"
                + " and object_type = 'CASE_TRENDS'", Long.class);
    }

    @Test
    void chartJsIsOnTheClasspathInTheVersionTheChartLoads() {
        assertThat(getClass().getResource("/META-INF/resources/webjars/chart.js/" + Chart.CHART_JS_VERSION
                + "/dist/chart.umd.min.js")).isNotNull();
        assertThat(getClass().getResource("/META-INF/resources/scripts/vangnet-charts.js")).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private List<WorkloadRow> rows() {
        return find(Grid.class).single().getGenericDataView().getItems().toList();
    }
}
