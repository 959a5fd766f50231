package org.vangnet.spreaders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.spreaders.AskedBy;
import org.vangnet.spreaders.DeletionRequest;
import org.vangnet.spreaders.SpreaderRelation;
import org.vangnet.spreaders.SpreaderView;
import org.vangnet.testsupport.BrowserlessViewTest;

/** Recording a forwarder and the outcome of asking them to delete, from the case file, in Dutch. */
class SpreadersTabTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void aCounsellorRecordsAForwarderSeesMessagesNextToTheFieldsAndLaterRecordsThatHeDeleted() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Doorsturen", 15, null, 15, "nl",
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        navigate("cases/" + caseId, Component.class);
        var tabs = find(TabSheet.class).single();
        tabs.setSelectedTab(find(Tab.class).withText("Verspreiders").single());
        roundTrip();

        test(find(Button.class).withId("add-spreader").single()).click();
        Select<DeletionRequest> deletion = find(Select.class).withCaption("Gevraagd om te wissen").single();
        deletion.setValue(DeletionRequest.ASKED);
        test(find(Button.class).withText("Verspreider opslaan").single()).click();
        var label = find(TextField.class).withCaption("Naam of omschrijving").single();
        var askedOn = find(DatePicker.class).withCaption("Gevraagd op").single();
        assertThat(label.getErrorMessage()).isEqualTo("Geef een naam of een account.");
        assertThat(askedOn.isInvalid()).isTrue();
        assertThat(find(Select.class).withCaption("Gevraagd door").single().isInvalid()).isTrue();

        test(label).setValue("Klasgenoot uit 3B");
        Select<SpreaderRelation> relation = find(Select.class).withCaption("Relatie tot de cliënt").single();
        relation.setValue(SpreaderRelation.CLASSMATE);
        LocalDate yesterday = clock.instant().atZone(HelplineZone.ZONE).toLocalDate().minusDays(1);
        test(askedOn).setValue(yesterday);
        ((Select<AskedBy>) find(Select.class).withCaption("Gevraagd door").single()).setValue(AskedBy.CLIENT);
        test(find(Button.class).withText("Verspreider opslaan").single()).click();
        assertThat(find(Dialog.class).all()).isEmpty();

        Grid<SpreaderView> grid = find(Grid.class).withId("spreaders").single();
        assertThat(test(grid).size()).isOne();
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Klasgenoot uit 3B");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Doorsturer · Klasgenoot");

        test((Button) test(grid).getCellComponent(0, "edit")).click();
        ((Select<DeletionRequest>) find(Select.class).withCaption("Gevraagd om te wissen").single())
                .setValue(DeletionRequest.DELETED);
        test(find(Button.class).withText("Verspreider opslaan").single()).click();

        assertThat(jdbc.queryForObject("select deletion || ' ' || asked_on || ' ' || asked_by from spreader where case_id = ?",
                String.class, caseId)).isEqualTo("DELETED " + yesterday + " CLIENT");
        assertThat(test(grid).getCellText(0, 2)).startsWith("Gewist · ");
        assertThat(jdbc.queryForList("select message_key from case_timeline_entry where case_id = ? and entry_type = 'SPREADER' order by id",
                String.class, caseId)).containsExactly("timeline.spreader.recorded", "timeline.spreader.deletion");
    }
}
