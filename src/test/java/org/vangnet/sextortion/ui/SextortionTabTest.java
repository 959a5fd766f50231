package org.vangnet.sextortion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.base.ui.Formats;
import org.vangnet.cases.CaseService;
import org.vangnet.sextortion.Demand;
import org.vangnet.sextortion.ExtorterService;
import org.vangnet.sextortion.IdentifierKind;
import org.vangnet.sextortion.NewIdentifier;
import org.vangnet.sextortion.Platform;
import org.vangnet.sextortion.SextortionTestSupport;
import org.vangnet.testsupport.BrowserlessViewTest;
import org.vangnet.base.time.HelplineZone;

/** A counsellor's work on the Sextortion tab of a case, in Dutch, against the real services and database. */
class SextortionTabTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    ExtorterService extorters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    Clock clock;

    SextortionTestSupport support;

    @BeforeEach
    void setUp() {
        support = new SextortionTestSupport(userDetails, jdbc, securityContext);
    }

    @Test
    void aCounsellorLogsAnExtorterPhoneAndADemandWithADeadlineAndSeesTheMatch() {
        String[] phone = SextortionTestSupport.uniqueMobile();
        Long earlier = support.openCase(cases, "lotte", "Eerder");
        support.as("lotte", () -> extorters.addIdentifier(earlier, extorters.add(earlier, null, null),
                NewIdentifier.of(IdentifierKind.PHONE, phone[0])));
        String earlierReference = reference(earlier);
        Long caseId = support.openCase(cases, "lotte", "Jonas");
        signInAs("lotte");
        navigate("cases/" + caseId, Component.class);

        openTab("Sextortion");
        test(find(Button.class).withText("Afperser toevoegen").single()).click();
        @SuppressWarnings("unchecked")
        Select<IdentifierKind> kind = find(Select.class).withCaption("Soort kenmerk").single();
        kind.setValue(IdentifierKind.PHONE);
        test(find(TextField.class).withCaption("Kenmerk").single()).setValue(phone[1]);
        test(find(Button.class).withText("Kenmerk toevoegen").single()).click();

        assertThat(find(Span.class).withText(phone[2]).all()).hasSize(1);
        assertThat(find(Span.class).withText("Dit telefoonnummer komt voor in 1 ander dossier.").all()).hasSize(1);
        assertThat(find(Anchor.class).withText(earlierReference).single().getHref()).isEqualTo("cases/" + earlier);

        test(find(Button.class).withText("Contact loggen").single()).click();
        @SuppressWarnings("unchecked")
        Select<Platform> channel = find(Select.class).withCaption("Kanaal").single();
        channel.setValue(Platform.WHATSAPP);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Demand> demands = find(CheckboxGroup.class).withCaption("Wat eist de afperser?").single();
        demands.setValue(Set.of(Demand.MONEY));
        find(BigDecimalField.class).withCaption("Gevraagd bedrag").single().setValue(new BigDecimal("500"));
        LocalDateTime deadline = LocalDateTime.ofInstant(clock.instant(), HelplineZone.ZONE).plusDays(1).withSecond(0)
                .withNano(0);
        find(DateTimePicker.class).withCaption("Deadline").single().setValue(deadline);
        test(find(Button.class).withText("Contact opslaan").single()).click();

        String when = Formats.dateTime(deadline.atZone(HelplineZone.ZONE).toInstant(), org.vangnet.base.i18n.TranslationProvider.DUTCH);
        assertThat(find(Span.class).withText("Lopende deadline van de afperser: " + when).all()).hasSize(1);
        assertThat(find(Span.class).withText("Dringend").all()).isNotEmpty();
        assertThat(find(Span.class).withText("Geld").all()).hasSize(1);
        assertThat(find(Span.class).withText("Deadline loopt: " + when).all()).hasSize(1);
        assertThat(jdbc.queryForObject("select priority from case_file where id = ?", Integer.class, caseId))
                .isZero();
    }

    @Test
    void anInvalidIbanIsExplainedNextToTheFieldAndNothingIsSaved() {
        Long caseId = support.openCase(cases, "lotte", "Noor");
        support.as("lotte", () -> extorters.add(caseId, "Bankrekening", null));
        signInAs("lotte");
        navigate("cases/" + caseId, Component.class);
        openTab("Sextortion");

        @SuppressWarnings("unchecked")
        Select<IdentifierKind> kind = find(Select.class).withCaption("Soort kenmerk").single();
        kind.setValue(IdentifierKind.IBAN);
        var value = find(TextField.class).withCaption("Kenmerk").single();
        test(value).setValue("BE69 5390 0754 7034");
        test(find(Button.class).withText("Kenmerk toevoegen").single()).click();

        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).startsWith("Dit is geen geldig IBAN");
        assertThat(value.getValue()).isEqualTo("BE69 5390 0754 7034");
        assertThat(jdbc.queryForObject("select count(*) from extorter_identifier where case_id = ?", Long.class,
                caseId)).isZero();
    }

    @Test
    void theDemandedAmountIsThereBeforeMoneyIsTickedAndAnAmountWithoutThatDemandIsExplainedAndKept() {
        Long caseId = support.openCase(cases, "lotte", "Bedrag");
        support.as("lotte", () -> extorters.add(caseId, "Onbekende", null));
        signInAs("lotte");
        navigate("cases/" + caseId, Component.class);
        openTab("Sextortion");

        test(find(Button.class).withText("Contact loggen").single()).click();
        var amount = find(BigDecimalField.class).withCaption("Gevraagd bedrag").single();
        assertThat(amount.isVisible()).isTrue();
        assertThat(amount.getHelperText()).isEqualTo("Alleen bij de eis ‘Geld’");
        @SuppressWarnings("unchecked")
        Select<Platform> channel = find(Select.class).withCaption("Kanaal").single();
        channel.setValue(Platform.WHATSAPP);
        amount.setValue(new BigDecimal("250"));
        test(find(Button.class).withText("Contact opslaan").single()).click();

        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Een bedrag hoort bij een eis om geld: vink ‘Geld’ aan.");
        assertThat(amount.getValue()).isEqualByComparingTo("250");
        assertThat(jdbc.queryForObject("select count(*) from extortion_contact where case_id = ?", Long.class,
                caseId)).isZero();
    }

    @Test
    void aCounsellorOfAnotherTeamSeesHowManyOtherCasesButNoLink() {
        String handle = SextortionTestSupport.uniqueHandle();
        Long lottes = support.openCase(cases, "lotte", "Gent");
        support.as("lotte", () -> extorters.addIdentifier(lottes, extorters.add(lottes, null, null),
                NewIdentifier.username(Platform.INSTAGRAM, "@" + handle)));
        Long ines = support.openCase(cases, "ines", "Brussel");
        support.as("ines", () -> extorters.addIdentifier(ines, extorters.add(ines, null, null),
                NewIdentifier.username(Platform.INSTAGRAM, handle.toUpperCase())));
        signInAs("ines");
        navigate("cases/" + ines, Component.class);

        openTab("Sextortion");

        assertThat(find(Span.class).withText("Deze gebruikersnaam komt voor in 1 ander dossier.").all()).hasSize(1);
        assertThat(find(Span.class).withText("1 ervan valt buiten jouw dossiers: enkel het aantal wordt getoond.").all())
                .hasSize(1);
        assertThat(find(Anchor.class).all()).noneMatch(a -> a.getText().equals(reference(lottes)));
        assertThat(find(Span.class).withText(handle).all()).hasSize(1);
    }

    @Test
    void copyingAllIdentifiersGivesALabelledTextForAPoliceComplaintAndIsAudited() {
        String handle = SextortionTestSupport.uniqueHandle();
        Long caseId = support.openCase(cases, "lotte", "Sam");
        Long extorterId = support.as("lotte", () -> extorters.add(caseId, "Lisa_x", null));
        support.as("lotte", () -> {
            extorters.addIdentifier(caseId, extorterId, NewIdentifier.username(Platform.SNAPCHAT, "@" + handle));
            extorters.addIdentifier(caseId, extorterId, NewIdentifier.of(IdentifierKind.IBAN, "be68539007547034"));
        });
        signInAs("lotte");
        navigate("cases/" + caseId, Component.class);
        openTab("Sextortion");

        test(find(Button.class).withText("Alle kenmerken kopiëren").single()).click();

        var text = find(com.vaadin.flow.component.textfield.TextArea.class).withClassName("vn-copy-text").single()
                .getValue();
        assertThat(text).isEqualTo("Kenmerken van de afperser Lisa_x\n"
                + "Gebruikersnaam · Snapchat: " + handle + "\n"
                + "Bankrekening (IBAN): BE68 5390 0754 7034\n");
        assertThat(support.audit("EXPORT", "EXTORTER", extorterId, "lotte")).isEqualTo(1);
    }

    @Test
    void theLogIsReadAndMatchedOnlyWhenTheTabIsOpened() {
        Long caseId = support.openCase(cases, "lotte", "Lazy");
        support.as("lotte", () -> extorters.addIdentifier(caseId, extorters.add(caseId, null, null),
                NewIdentifier.of(IdentifierKind.PHONE, SextortionTestSupport.uniqueMobile()[0])));
        signInAs("lotte");

        navigate("cases/" + caseId, Component.class);

        assertThat(support.audit("READ", "SEXTORTION", caseId, "lotte")).isZero();
        assertThat(support.audit("READ", "EXTORTER_MATCH", caseId, "lotte")).isZero();
        openTab("Sextortion");
        assertThat(support.audit("READ", "SEXTORTION", caseId, "lotte")).isEqualTo(1);
        assertThat(support.audit("READ", "EXTORTER_MATCH", caseId, "lotte")).isEqualTo(1);
    }

    @Test
    void removingAMistypedIdentifierAsksFirstAndThenTakesItOffTheCase() {
        String[] phone = SextortionTestSupport.uniqueMobile();
        Long caseId = support.openCase(cases, "lotte", "Typo");
        support.as("lotte", () -> extorters.addIdentifier(caseId, extorters.add(caseId, null, null),
                NewIdentifier.of(IdentifierKind.PHONE, phone[0])));
        signInAs("lotte");
        navigate("cases/" + caseId, Component.class);
        openTab("Sextortion");

        test(find(Button.class).withPropertyValue(b -> b.getAriaLabel().orElse(""), "Kenmerk verwijderen").single())
                .click();
        var confirm = find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from extorter_identifier where case_id = ?", Long.class,
                caseId)).as("nothing removed before confirming").isEqualTo(1);
        test(confirm).confirm();

        assertThat(jdbc.queryForObject("select count(*) from extorter_identifier where case_id = ?", Long.class,
                caseId)).isZero();
        assertThat(find(Span.class).withText(phone[2]).all()).isEmpty();
        assertThat(support.audit("DELETE", "EXTORTER_IDENTIFIER", jdbc.queryForObject(
                "select object_id from audit_event where action = 'DELETE' and object_type = 'EXTORTER_IDENTIFIER' "
                        + "and case_id = ? and detail like 'kind:%' order by id desc limit 1", String.class, caseId), "lotte"))
                .isEqualTo(1);
    }

    private void openTab(String label) {
        var tabs = find(TabSheet.class).single();
        tabs.setSelectedTab(find(Tab.class).withText(label).single());
        roundTrip(); // the tab sheet attaches the selected content before the response, as for a browser
    }

    private String reference(Long caseId) {
        return jdbc.queryForObject("select reference from case_file where id = ?", String.class, caseId);
    }
}
