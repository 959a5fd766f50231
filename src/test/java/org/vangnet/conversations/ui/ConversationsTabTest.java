package org.vangnet.conversations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.conversations.ConversationChannel;
import org.vangnet.testsupport.BrowserlessViewTest;

/** Logging a contact from the case file, in Dutch, against the real services and database. */
class ConversationsTabTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCounsellorLogsACallBackInTwoClicksAndTheHeaderSaysWhenTheClientWasLastSpokenTo() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Gesprekken", 15, null, 15, "nl",
                false, false, false, List.of()), Set.of(HarmKind.SEXTORTION), null));
        navigate("cases/" + caseId, Component.class);
        assertThat(find(Span.class).withClassName("vn-header-note").all())
                .anySatisfy(s -> assertThat(s.getText()).startsWith("Laatst gesproken: "));
        openTab("Gesprekken");

        test(find(Button.class).withText("Gesprek loggen").single()).click();
        @SuppressWarnings("unchecked")
        Select<ConversationChannel> channel = find(Select.class).withCaption("Kanaal").single();
        channel.setValue(ConversationChannel.PHONE);
        var duration = find(IntegerField.class).withCaption("Duur (minuten)").single();
        test(duration).setValue(2000);
        test(find(TextArea.class).withCaption("Korte samenvatting").single()).setValue("Belde terug over de bank");
        test(find(Button.class).withText("Gesprek opslaan").single()).click();

        assertThat(duration.isInvalid()).isTrue();
        assertThat(duration.getErrorMessage()).isEqualTo("Een duur van 0 tot 1440 minuten.");
        assertThat(find(TextArea.class).withCaption("Korte samenvatting").single().getValue())
                .isEqualTo("Belde terug over de bank");

        test(duration).setValue(20);
        test(find(Button.class).withText("Gesprek opslaan").single()).click();

        assertThat(jdbc.queryForObject("""
                select count(*) from conversation where case_id = ? and channel = 'PHONE' and duration_minutes = 20
                and not intake""", Long.class, caseId)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from case_timeline_entry where case_id = ? and entry_type = 'CONVERSATION'",
                Long.class, caseId)).isOne();
    }

    private void openTab(String label) {
        var tabs = find(TabSheet.class).single();
        tabs.setSelectedTab(find(Tab.class).withText(label).single());
        roundTrip();
    }
}
