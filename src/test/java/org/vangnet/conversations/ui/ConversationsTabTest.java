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
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
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
import org.springframework.data.domain.PageRequest;
import org.vangnet.conversations.ConversationChannel;
import org.vangnet.conversations.ConversationDirection;
import org.vangnet.conversations.ConversationService;
import org.vangnet.conversations.ConversationView;
import org.vangnet.conversations.NewConversation;
import org.vangnet.testsupport.BrowserlessViewTest;

/** Logging a contact from the case file, in Dutch, against the real services and database. */
class ConversationsTabTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConversationService conversations;
    @Autowired
    Clock clock;

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

    @Test
    void aCounsellorCorrectsALoggedContactFromTheListAndAStaleFormIsRefusedWithItsInputKept() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Verbeteren", 16, null, 16, "nl",
                false, false, false, List.of()), Set.of(HarmKind.SEXTORTION), null));
        Long id = conversations.log(caseId, new NewConversation(ConversationChannel.CHAT, ConversationDirection.INCOMING,
                clock.instant(), 15, "nl", "Chat over de dreiging"));
        navigate("cases/" + caseId, Component.class);
        openTab("Gesprekken");

        @SuppressWarnings("unchecked")
        Grid<ConversationView> grid = find(Grid.class).withId("conversations").single();
        assertThat(test(grid).getRow(0).id()).isEqualTo(id);
        test((Button) test(grid).getCellComponent(0, "correct")).click();
        var duration = find(IntegerField.class).withCaption("Duur (minuten)").single();
        assertThat(duration.getValue()).isEqualTo(15);
        assertThat(find(TextArea.class).withCaption("Korte samenvatting").single().getValue())
                .isEqualTo("Chat over de dreiging");
        test(duration).setValue(-5);
        test(find(TextField.class).withCaption("Taal").single()).setValue("nederlands");
        test(find(Button.class).withText("Gesprek opslaan").single()).click();
        assertThat(duration.getErrorMessage()).isEqualTo("Een duur van 0 tot 1440 minuten.");
        assertThat(find(TextField.class).withCaption("Taal").single().isInvalid()).isTrue();

        test(duration).setValue(45);
        test(find(TextField.class).withCaption("Taal").single()).setValue("nl");
        test(find(TextArea.class).withCaption("Korte samenvatting").single()).setValue("Chat en daarna gebeld");
        test(find(Button.class).withText("Gesprek opslaan").single()).click();
        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(jdbc.queryForObject("select duration_minutes from conversation where id = ?", Integer.class, id))
                .isEqualTo(45);
        assertThat(test(grid).getRow(0).summary()).isEqualTo("Chat en daarna gebeld");

        // Someone else corrects it while this form is open: the save is refused, nothing overwritten, input kept.
        test((Button) test(grid).getCellComponent(0, "correct")).click();
        var current = conversations.list(caseId, PageRequest.of(0, 1)).getContent().getFirst();
        conversations.correct(caseId, id, current.version(), new NewConversation(ConversationChannel.PHONE,
                ConversationDirection.INCOMING, current.startedAt(), 50, "nl", current.summary()));
        test(find(IntegerField.class).withCaption("Duur (minuten)").single()).setValue(60);
        test(find(Button.class).withText("Gesprek opslaan").single()).click();
        assertThat(find(Notification.class).all()).anySatisfy(n -> assertThat(test(n).getText())
                .startsWith("Iemand anders heeft dit intussen gewijzigd."));
        assertThat(find(IntegerField.class).withCaption("Duur (minuten)").single().getValue()).isEqualTo(60);
        assertThat(jdbc.queryForObject("select duration_minutes from conversation where id = ?", Integer.class, id))
                .isEqualTo(50);
    }

    private void openTab(String label) {
        var tabs = find(TabSheet.class).single();
        tabs.setSelectedTab(find(Tab.class).withText(label).single());
        roundTrip();
    }
}
