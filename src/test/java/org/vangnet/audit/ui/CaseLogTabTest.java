package org.vangnet.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vangnet.audit.CaseLogRow;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The access log tab: the supervisor gets it on the team's cases, the counsellor does not get it at all. */
class CaseLogTabTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    org.vangnet.cases.CaseQueries caseQueries;

    @Test
    void theSupervisorReadsWhoOpenedTheCaseNewestFirstAndTheCounsellorHasNoSuchTab() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Logscherm", 31, null, 30, null,
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        cases.changeStatus(caseId, 0, org.vangnet.cases.CaseStatus.ACTIVE, null, null);
        String reference = caseQueries.get(caseId).reference();
        navigate("cases/" + caseId, Component.class);
        assertThat(find(Tab.class).all()).extracting(Tab::getLabel).contains("Tijdlijn").doesNotContain("Toegang");

        signInAs("sofie");
        navigate("cases/" + caseId, Component.class);
        find(TabSheet.class).single().setSelectedTab(find(Tab.class).withText("Toegang").single());

        @SuppressWarnings("unchecked")
        Grid<CaseLogRow> grid = find(Grid.class).all().stream()
                .filter(g -> g.getBeanType() == CaseLogRow.class).findFirst().orElseThrow();
        var rows = IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(rows.getFirst()).satisfies(first -> {
            assertThat(first.actor()).isEqualTo("sofie");
            assertThat(first.action()).isEqualTo("READ");
        });
        int created = IntStream.range(0, rows.size()).filter(i -> rows.get(i).action().equals("CREATE")
                && rows.get(i).objectType().equals("CASE")).findFirst().orElseThrow();
        assertThat(test(grid).getCellText(created, 1)).isEqualTo("Lotte Peeters (lotte)");
        assertThat(test(grid).getCellText(created, 3)).isEqualTo("Aangemaakt");
        // The case by its reference, not its internal number; the detail in words, not "status:ACTIVE".
        assertThat(test(grid).getCellText(created, 4)).isEqualTo("Dossier " + reference);
        int activated = IntStream.range(0, rows.size()).filter(i -> "status:ACTIVE".equals(rows.get(i).detail()))
                .findFirst().orElseThrow();
        assertThat(test(grid).getCellText(activated, 5)).isEqualTo("status: Actief");
    }
}
