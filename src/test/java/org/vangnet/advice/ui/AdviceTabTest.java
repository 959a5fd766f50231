package org.vangnet.advice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.advice.AdviceState;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The Advice tab of a leaked-images case, in Dutch, against the real services and database. */
class AdviceTabTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLeafletsStepsShowWithTheClientsTextAndOneIsMarkedDoneByTheClient() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Stappen", 16, null, 16, "en",
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        navigate("cases/" + caseId, Component.class);
        var tabs = find(TabSheet.class).single();
        tabs.setSelectedTab(find(Tab.class).withText("Advies").single());
        roundTrip();

        assertThat(find(H4.class).all()).extracting(H4::getText).containsExactly("Praat met iemand die je vertrouwt",
                "Contacteer de verspreider en wie doorstuurde", "Schermafbeeldingen vóór het melden",
                "Meld het op het platform", "Controleer je privacy-instellingen", "Denk na over een klacht");
        var screenshots = find(Div.class).withClassName("vn-advice-step").all().get(2);
        var text = find(Paragraph.class).from(screenshots).withClassName("vn-advice-text").single();
        assertThat(text.getText()).startsWith("First take a screenshot with the platform and the date visible");
        // In the client's language, said so above it on a Dutch screen, and marked for screen readers.
        assertThat(text.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(find(Paragraph.class).from(screenshots).withClassName("vn-advice-for-client").single().getText())
                .isEqualTo("Tekst voor de cliënt (Engels):");

        @SuppressWarnings("unchecked")
        Select<AdviceState> state = find(Select.class).from(screenshots).single();
        state.setValue(AdviceState.DONE);
        test(find(Button.class).from(screenshots).withText("Bewaren").single()).click();

        assertThat(jdbc.queryForObject("""
                select a.state from case_advice a join advice_step s on s.id = a.step_id
                where a.case_id = ? and s.code = 'LEAK_SCREENSHOTS'""", String.class, caseId)).isEqualTo("DONE");

        // The step now shows when its state changed and by whom, read when opened.
        var marked = find(Div.class).withClassName("vn-advice-step").all().get(2);
        var history = find(Details.class).from(marked).single();
        assertThat(history.getSummaryText()).isEqualTo("Geschiedenis");
        history.setOpened(true);
        assertThat(find(ListItem.class).from(marked).all()).singleElement()
                .satisfies(line -> assertThat(line.getText()).startsWith("Gedaan door de cliënt op ").endsWith(" door lotte"));
    }
}
