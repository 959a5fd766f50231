package org.vangnet.followups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.followups.FollowUpKind;
import org.vangnet.followups.FollowUpService;
import org.vangnet.followups.FollowUpView;
import org.vangnet.followups.NewFollowUp;
import org.vangnet.testsupport.BrowserlessViewTest;

class MyWorkViewTest extends BrowserlessViewTest {

    @Autowired
    FollowUpService followUps;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aCounsellorCompletesAnOverdueFollowUpInMyWorkAndSeesItOnTheCaseTimeline() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Mijn werk", 30, null, 29, null,
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        Long id = followUps.schedule(caseId, new NewFollowUp(FollowUpKind.POLICE_FOLLOW_UP,
                clock.instant().plus(Duration.ofMinutes(5)), null, "Pv-nummer opvragen", null, null));
        // Planned ahead (the past is refused at creation), then the hour went by.
        jdbc.update("update follow_up set due_at = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofHours(1))), id);

        navigate(MyWorkView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Mijn werk");
        assertThat(find(Tab.class).all()).extracting(Tab::getLabel)
                .anySatisfy(label -> assertThat(label).matches("Te laat \\(\\d+\\)"))
                .noneSatisfy(label -> assertThat(label).startsWith("Team"));
        Grid<FollowUpView> grid = find(Grid.class).single();
        int row = IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).id().equals(id))
                .findFirst().orElseThrow();
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("Opvolging politie");

        Component actions = test(grid).getCellComponent(row, "actions");
        test(find(Button.class, actions).withText("Gedaan").single()).click();
        var dialog = find(Dialog.class).single();
        test(find(TextArea.class, dialog).withCaption("Resultaat").single()).setValue("Pv-nummer genoteerd");
        test(find(Button.class, dialog).withText("Gedaan").single()).click();

        assertThat(jdbc.queryForObject("select status from follow_up where id = ?", String.class, id)).isEqualTo("DONE");
        assertThat(IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).id())).doesNotContain(id);

        navigate("cases/" + caseId, Component.class);
        assertThat(timelineTexts()).anySatisfy(text -> assertThat(text).contains("Opvolging gedaan: Opvolging politie"));
    }

    @Test
    void aSupervisorAlsoSeesTheTeamsOverdueFollowUps() {
        signInAs("sofie");
        navigate(MyWorkView.class);
        assertThat(find(Tab.class).all()).extracting(Tab::getLabel)
                .anySatisfy(label -> assertThat(label).matches("Team te laat \\(\\d+\\)"));
    }

    @Test
    void withNothingOverdueMyWorkOpensOnTheFirstGroupThatHasWork() {
        signInAs("ines");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Deze week", 30, null, 29, null,
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        jdbc.update("update follow_up set status = 'DISMISSED' where assignee_id = "
                + "(select id from app_user where username = 'ines') and due_at < ?",
                java.sql.Timestamp.from(clock.instant().plus(Duration.ofDays(1))));
        Long id = followUps.schedule(caseId, new NewFollowUp(FollowUpKind.OTHER,
                clock.instant().plus(Duration.ofDays(3)), null, "Later deze week", null, null));

        navigate(MyWorkView.class);

        var selected = find(com.vaadin.flow.component.tabs.Tabs.class).single().getSelectedTab();
        assertThat(selected.getLabel()).startsWith("Deze week");
        Grid<FollowUpView> grid = find(Grid.class).single();
        assertThat(IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).id())).contains(id);
    }

    /** The text of every cell of every one-column grid on the screen: the timeline is one. */
    private List<String> timelineTexts() {
        List<String> texts = new ArrayList<>();
        for (Grid<?> grid : find(Grid.class).all()) {
            if (grid.getColumns().size() != 1) {
                continue;
            }
            var tester = test(grid);
            for (int i = 0; i < tester.size(); i++) {
                texts.add(tester.getCellComponent(i, 0).getElement().getTextRecursively());
            }
        }
        return texts;
    }
}
