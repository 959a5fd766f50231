package org.vangnet.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.BrowserlessViewTest;
import org.vangnet.testsupport.StatementCounter;

/**
 * What opening a case file costs the database and the audit trail: the figures of issue 12, kept
 * as a test so that a tab that starts loading eagerly again, or a refresh that reads (and audits)
 * the case again, shows up here.
 */
@Import(StatementCounter.Config.class)
class CaseFileCostTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatementCounter counter;

    @Test
    void openingACaseAndChangingItThreeTimesReadsItOnceAndRunsFewStatements() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Kost", 22, null, 21, null,
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        long lastAudit = lastAuditId();

        long statements = counter.statements();
        long commits = counter.commits();
        navigate("cases/" + caseId, Component.class);
        long openStatements = counter.statements() - statements;
        long openCommits = counter.commits() - commits;
        long openAuditRows = auditRowsSince(lastAudit);

        test(find(Button.class).withText("Actief maken").single()).click();
        test(find(TextArea.class).withCaption("Notitie").single()).setValue("Eerste gesprek gehad.");
        test(find(Button.class).withText("Notitie toevoegen").single()).click();
        openTab("Cliënt");
        test(find(Button.class).withText("Opslaan").single()).click();
        long allAuditRows = auditRowsSince(lastAudit);
        List<String> lines = jdbc.queryForList("select action || ' ' || object_type || ' ' || coalesce(detail, '')"
                + " from audit_event where id > ? order by id", String.class, lastAudit);

        System.out.printf("CASE FILE COST: opening runs %d statements in %d commits and writes %d audit rows;"
                + " opening plus three changes write %d audit rows: %s%n",
                openStatements, openCommits, openAuditRows, allAuditRows, lines);
        // Before issue 12: 21 statements in 8 transactions to open, and 7 audit rows (a READ per change).
        assertThat(openAuditRows).isEqualTo(1);
        assertThat(lines).filteredOn(l -> l.startsWith("READ CASE ")).hasSize(1);
        assertThat(allAuditRows).isEqualTo(4);
        assertThat(openStatements).isLessThanOrEqualTo(10);
        assertThat(openCommits).isLessThanOrEqualTo(2);
    }

    private void openTab(String label) {
        find(TabSheet.class).single().setSelectedTab(find(Tab.class).withText(label).single());
    }

    private long lastAuditId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    private long auditRowsSince(long id) {
        return jdbc.queryForObject("select count(*) from audit_event where id > ?", Long.class, id);
    }
}
