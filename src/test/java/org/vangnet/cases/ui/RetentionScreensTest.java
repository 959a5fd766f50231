package org.vangnet.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasErrorParameter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.CaseStatus;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.ClosingReason;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.cases.NoteService;
import org.vangnet.cases.PseudonymisationReason;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The retention settings screen and the erase dialog on the case file, in Dutch, without a browser. */
class RetentionScreensTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    NoteService notes;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTwoYears() {
        jdbc.update("update retention_setting set closed_case_months = 24");
    }

    @Test
    void anAdministratorSeesTheMessageNextToTheFieldForAPeriodOutOfBoundsAndSavesAValidOne() {
        jdbc.update("update retention_setting set closed_case_months = 24");
        signInAs("admin");
        navigate(RetentionView.class);
        var months = find(IntegerField.class).withCaption("Maanden na afsluiten").single();
        assertThat(months.getValue()).isEqualTo(24);
        assertThat(months.getHelperText()).isEqualTo("Tussen 6 en 120 maanden.");

        test(months).setValue(3);
        test(find(Button.class).withText("Opslaan").single()).click();

        assertThat(months.isInvalid()).isTrue();
        assertThat(months.getErrorMessage()).isEqualTo("Kies een aantal maanden tussen 6 en 120.");
        assertThat(months.getValue()).isEqualTo(3);
        assertThat(storedMonths()).isEqualTo(24);

        test(months).setValue(60);
        test(find(Button.class).withText("Opslaan").single()).click();

        assertThat(months.isInvalid()).isFalse();
        assertThat(storedMonths()).isEqualTo(60);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event
                where object_type = 'RETENTION_SETTING' and actor = 'admin' and detail = 'closed-case-months:24->60'""",
                Long.class)).isPositive();
        assertThat(text()).contains("door admin");
    }

    @Test
    void aShorterPeriodThatConcernsMoreCasesAsksForConfirmationNamingHowMany() {
        jdbc.update("update retention_setting set closed_case_months = 120");
        signInAs("ines");
        Long old = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Lang geleden", 30, null, 29, null,
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        cases.changeStatus(old, 0, CaseStatus.CLOSED, null, ClosingReason.RESOLVED);
        jdbc.update("update case_file set opened_at = now() - interval '8 years', closed_at = now() - interval '7 years'"
                + " where id = ?", old);
        long due = jdbc.queryForObject("""
                select count(*) from case_file
                where status = 'CLOSED' and pseudonymised_at is null and closed_at < now() - interval '6 years'""",
                Long.class);
        signOut();
        signInAs("admin");
        navigate(RetentionView.class);

        test(find(IntegerField.class).withCaption("Maanden na afsluiten").single()).setValue(72);
        test(find(Button.class).withText("Opslaan").single()).click();

        var confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(test(confirm).getText()).startsWith("Met 72 maanden ").contains(" " + due + " afgesloten");
        assertThat(storedMonths()).isEqualTo(120);

        test(confirm).confirm();

        assertThat(storedMonths()).isEqualTo(72);
        assertThat(jdbc.queryForObject("select client_alias from case_file where id = ?", String.class, old))
                .as("saving the period erases nothing by itself; the nightly run does").isEqualTo("Lang geleden");
    }

    @Test
    void aSupervisorErasesAClosedCaseWithReasonAndReferenceAndTheCaseFileThenShowsItAsPseudonymised() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Wis mij", 25, null, 24, null,
                false, false, false, List.of()), Set.of(HarmKind.SEXTORTION), "Wil alles gewist"));
        notes.addNote(caseId, "Vraagt om wissing");
        cases.changeStatus(caseId, 0, CaseStatus.CLOSED, null, ClosingReason.NO_FURTHER_ACTION_WANTED);
        String reference = jdbc.queryForObject("select reference from case_file where id = ?", String.class, caseId);
        navigate("cases/" + caseId, Component.class);
        assertThat(find(Button.class).withText("Persoonsgegevens wissen").all()).as("a counsellor may not erase").isEmpty();
        signOut();
        signInAs("sofie");
        navigate("cases/" + caseId, Component.class);

        test(find(Button.class).withText("Persoonsgegevens wissen").single()).click();
        var erase = find(Button.class).withText("Definitief wissen").single();
        var confirmation = find(TextField.class).withCaption("Typ " + reference + " om te bevestigen").single();
        test(erase).click();
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("Dat is niet het nummer van dit dossier.");

        test(confirmation).setValue(reference);
        test(erase).click();
        @SuppressWarnings("unchecked")
        Select<PseudonymisationReason> reason = find(Select.class).withCaption("Reden").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Kies waarom de gegevens gewist worden.");
        assertThat(jdbc.queryForObject("select pseudonymised_at is null from case_file where id = ?", Boolean.class,
                caseId)).isTrue();

        test(reason).selectItem("op vraag van de cliënt (of de wettelijke vertegenwoordiger)");
        test(erase).click();

        assertThat(jdbc.queryForObject("select pseudonymisation_reason from case_file where id = ?", String.class,
                caseId)).isEqualTo("CLIENT_REQUEST");
        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo(reference + " · Gepseudonimiseerd");
        assertThat(find(Span.class).withText("Gepseudonimiseerd").all()).isNotEmpty();
        assertThat(find(Span.class).all().stream().map(Span::getText))
                .anyMatch(t -> t.startsWith("Persoonsgegevens verwijderd op ")
                        && t.endsWith(": op vraag van de cliënt (of de wettelijke vertegenwoordiger)."));
        assertThat(find(Button.class).withText("Heropenen").all()).isEmpty();
        assertThat(find(Button.class).withText("Persoonsgegevens wissen").all()).isEmpty();
        assertThat(find(Button.class).withText("Notitie toevoegen").all()).isEmpty();
        assertThat(timelineText()).contains("Tekst verwijderd (persoonsgegevens gewist).",
                "Persoonsgegevens verwijderd: op vraag van de cliënt").doesNotContain("Vraagt om wissing");

        // Every tab of the case file, this module's and the others', still opens.
        var tabs = find(TabSheet.class).single();
        for (Tab tab : find(Tab.class).all()) {
            tabs.setSelectedTab(tab);
            assertThat(getCurrentView()).as(tab.getLabel()).isInstanceOf(CaseView.class)
                    .isNotInstanceOf(HasErrorParameter.class);
        }
        tabs.setSelectedTab(find(Tab.class).withText("Cliënt").single());
        assertThat(text()).contains("De gegevens van de cliënt zijn verwijderd.").doesNotContain("Wis mij");
        assertThat(find(TextField.class).withCaption("Alias").all()).isEmpty();
    }

    @Test
    void aCaseThatIsStillOpenHasNoEraseButton() {
        signInAs("sofie");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Nog open", 25, null, 24, null,
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));

        navigate("cases/" + caseId, Component.class);

        assertThat(find(Button.class).withText("Afsluiten").all()).isNotEmpty();
        assertThat(find(Button.class).withText("Persoonsgegevens wissen").all()).isEmpty();
    }

    /** The text of every entry on the case file's timeline. */
    @SuppressWarnings("unchecked")
    private String timelineText() {
        var grid = find(com.vaadin.flow.component.grid.Grid.class).all().stream()
                .filter(g -> test(g).size() > 0 && test(g).getRow(0) instanceof org.vangnet.cases.TimelineItem)
                .findFirst().orElseThrow();
        var text = new StringBuilder();
        for (int row = 0; row < test(grid).size(); row++) {
            text.append(test(grid).getCellComponent(row, 0).getElement().getTextRecursively()).append('\n');
        }
        return text.toString();
    }

    private int storedMonths() {
        return jdbc.queryForObject("select closed_case_months from retention_setting", Integer.class);
    }

    private String text() {
        return find(Paragraph.class).all().stream().map(Paragraph::getText).reduce("", (a, b) -> a + "\n" + b);
    }
}
