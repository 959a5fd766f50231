package org.vangnet.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The reporting screens as a supervisor and an administrator open them, in Dutch. */
class ReportingScreensTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachCounsellorOfTheTeamLinksToTheirOpenCases() {
        signInAs("sofie");
        navigate(WorkloadView.class);

        Long team = jdbc.queryForObject("select team_id from app_user where username = 'sofie'", Long.class);
        Long lotte = jdbc.queryForObject("select id from app_user where username = 'lotte'", Long.class);
        assertThat(find(Grid.class).single().getGenericDataView().getItems().count()).isGreaterThanOrEqualTo(
                jdbc.queryForObject("""
                        select count(*) from app_user where team_id = ? and enabled
                          and role in ('COUNSELLOR', 'SUPERVISOR')""", Long.class, team));
        assertThat(team).isNotNull();
        var rows = find(Grid.class).single().getGenericDataView().getItems().toList();
        assertThat(rows).anySatisfy(r -> assertThat(((org.vangnet.reporting.WorkloadRow) r).counsellorId())
                .isEqualTo(lotte));
        assertThat(find(Anchor.class).all()).anySatisfy(a -> assertThat(a.getText()).isEqualTo("Exporteren als CSV"));
    }

    @Test
    void theTrendsAreDrawnAsLabelledSvgBarChartsWithTheirFigures() {
        signInAs("sofie");
        navigate(TrendsView.class);

        assertThat(find(H4.class).all()).extracting(H4::getText).contains("Nieuwe dossiers per maand",
                "Nieuwe dossiers per soort schade", "Nieuwe dossiers per kanaal");
        assertThat(find(Html.class).all()).hasSize(3).allSatisfy(html -> assertThat(html.getInnerHtml())
                .contains("<svg").contains("aria-label=").contains("<rect"));
        assertThat(find(Grid.class).single().getGenericDataView().getItems().count()).isEqualTo(12);
    }

    @Test
    void anAdministratorSeesTheTransparencyReport() {
        signInAs("admin");
        navigate(TransparencyView.class);

        assertThat(find(Grid.class).single().getColumns()).hasSize(4);
    }
}
