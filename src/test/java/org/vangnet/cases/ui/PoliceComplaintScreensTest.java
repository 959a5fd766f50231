package org.vangnet.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.cases.AggravatingCircumstance;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.ComplaintWish;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.BrowserlessViewTest;

/** Issue 14, point 4: the police tab notes the aggravating circumstances the institute's guide names. */
class PoliceComplaintScreensTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aggravatingCircumstancesAreRefusedNextToTheFieldWithoutAComplaintAndKeptWithOne() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Politie", 27, null, 26, "nl", false,
                false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), "Beelden verspreid door een ex"));
        navigate("cases/" + caseId, Component.class);
        find(TabSheet.class).single().setSelectedTab(find(Tab.class).withText("Politie").single());
        roundTrip();

        RadioButtonGroup<ComplaintWish> wish = find(RadioButtonGroup.class)
                .withCaption("Wil de cliënt een klacht indienen?").single();
        CheckboxGroup<AggravatingCircumstance> aggravating = find(CheckboxGroup.class)
                .withCaption("Verzwarende omstandigheden om aan de politie te melden").single();
        wish.setValue(ComplaintWish.NOT_WANTED);
        aggravating.setValue(Set.of(AggravatingCircumstance.GENDER_BASED_HATRED));
        test(find(TextArea.class).withCaption("Notities").single()).setValue("Haatberichten over vrouwen op zijn profiel");
        Button save = find(Button.class).withText("Opslaan").single();
        test(save).click();

        assertThat(aggravating.isInvalid()).isTrue();
        assertThat(aggravating.getErrorMessage()).isEqualTo("De cliënt wil geen klacht indienen: verzwarende "
                + "omstandigheden worden alleen voor een klacht genoteerd.");
        assertThat(aggravating.getValue()).containsExactly(AggravatingCircumstance.GENDER_BASED_HATRED);
        assertThat(jdbc.queryForObject("select count(*) from police_complaint where case_id = ?", Long.class, caseId))
                .isZero();

        wish.setValue(ComplaintWish.WANTED);
        test(save).click();

        assertThat(jdbc.queryForMap("""
                select wish, malicious_intent_or_profit, gender_based_hatred from police_complaint where case_id = ?""",
                caseId)).containsEntry("wish", "WANTED").containsEntry("malicious_intent_or_profit", false)
                .containsEntry("gender_based_hatred", true);
        assertThat(aggravating.getValue()).containsExactly(AggravatingCircumstance.GENDER_BASED_HATRED);
    }
}
