package org.vangnet.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.testsupport.BrowserlessViewTest;

/** Odd characters and odd links get a message where they were typed, never the generic error (issue 13, decision 024). */
class OddInputScreensTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAliasOfOnlyZeroWidthSpacesIsRefusedNextToTheFieldAndTheRestIsKept() {
        long before = cases();
        fillInANewCase("\u200B\u200B\u200B", "Gesprek via chat.");

        open();

        var alias = find(TextField.class).withCaption("Alias").single();
        assertThat(alias.isInvalid()).isTrue();
        assertThat(alias.getErrorMessage()).isEqualTo("Geef een voornaam of schuilnaam.");
        assertThat(find(TextArea.class).single().getValue()).isEqualTo("Gesprek via chat.");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void anAliasWithARightToLeftOverrideIsRefusedBecauseItWouldShowReversed() {
        fillInANewCase("\u202Eetisiv", null);

        open();

        var alias = find(TextField.class).withCaption("Alias").single();
        assertThat(alias.isInvalid()).isTrue();
        assertThat(alias.getErrorMessage()).contains("leesrichting");
    }

    @Test
    void aSummaryWithANulCharacterIsRefusedNextToItNamingTheCharacter() {
        long before = cases();
        fillInANewCase("Nulteken", "Plakte dit\u0000 uit een chat.");

        open();

        var summary = find(TextArea.class).single();
        assertThat(summary.isInvalid()).isTrue();
        assertThat(summary.getErrorMessage()).contains("U+0000", "11e teken");
        assertThat(summary.getValue()).isEqualTo("Plakte dit\u0000 uit een chat.");
        assertThat(getCurrentView()).isInstanceOf(NewCaseView.class);
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void theAlreadyKnownLookupStillWorksWithANulInTheAlias() {
        signInAs("lotte");
        navigate(NewCaseView.class);

        test(find(TextField.class).withCaption("Alias").single()).setValue("Mi\u0000");

        assertThat(notifications()).isEmpty();
    }

    @Test
    void aListLinkWithANulSearchAndAnOverflowingDateOpensTheListWithANotice() {
        signInAs("lotte");

        UI.getCurrent().navigate("cases", new QueryParameters(Map.of(
                CasesView.Q, List.of("\u0000"), CasesView.FROM, List.of("+999999999-12-31"))));

        assertThat(getCurrentView()).isInstanceOf(CasesView.class);
        assertThat(notifications()).contains("Niet alles in het adres kon als filter dienen; genegeerd: from, q.");
        assertThat(notifications()).doesNotContain("Referentie");
        assertThat(CasesView.parse(Map.of(CasesView.FROM, List.of("+999999999-12-31"))).openedFrom()).isNull();
        assertThat(CasesView.parse(Map.of(CasesView.TO, List.of("2026-02-30"))).openedTo()).isNull();
        assertThat(CasesView.parse(Map.of(CasesView.FROM, List.of("2026-02-03"))).openedFrom()).hasDayOfMonth(3);
    }

    private void fillInANewCase(String alias, String summary) {
        signInAs("lotte");
        navigate(NewCaseView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<IntakeChannel> channel = find(RadioButtonGroup.class).single();
        channel.setValue(IntakeChannel.CHAT);
        test(find(TextField.class).withCaption("Alias").single()).setValue(alias);
        test(find(IntegerField.class).withCaption("Leeftijd nu").single()).setValue(19);
        @SuppressWarnings("unchecked")
        CheckboxGroup<HarmKind> harms = find(CheckboxGroup.class).single();
        harms.setValue(Set.of(HarmKind.LEAKED_IMAGES));
        if (summary != null) {
            test(find(TextArea.class).single()).setValue(summary);
        }
    }

    private void open() {
        test(find(Button.class).withText("Dossier openen").single()).click();
    }

    private long cases() {
        return jdbc.queryForObject("select count(*) from case_file", Long.class);
    }

    private String notifications() {
        return String.join(" | ", find(Notification.class).all().stream().map(n -> test(n).getText()).toList());
    }
}
