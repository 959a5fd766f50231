package org.vangnet.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
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
import org.vangnet.directory.PartnerDetails;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The directory on the home page, in the administrators' screen and on a case's referral tab. */
class DirectoryScreensTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHomePageShowsTheDirectoryWithChildFocusNumberAndHours() {
        signInAs("karim");
        navigate("", Component.class);

        assertThat(find(H3.class).withText("Doorverwijsgids").all()).hasSize(1);
        assertThat(find(H3.class).withText("Child Focus").all()).hasSize(1);
        assertThat(find(Span.class).withText("Telefoon dag en nacht bereikbaar (24/7). Mails krijgen binnen 24 uur antwoord.")
                .all()).hasSize(1);
        assertThat(find(Span.class).withText("Chat maandag tot vrijdag van 13:00 tot 19:00.").all()).hasSize(1);
    }

    @Test
    void aMinorsReferralProposesChildFocusTellsTheNumberInTheClientsLanguageAndKeepsItsHistory() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Lina", 15, null, 15, "fr", false,
                false, false, List.of()), Set.of(HarmKind.SEXTORTION), null));
        navigate("cases/" + caseId, Component.class);
        openTab("Doorverwijzingen");

        @SuppressWarnings("unchecked")
        ComboBox<PartnerDetails> partner = find(ComboBox.class).withCaption("Partner").single();
        assertThat(partner.getValue().name()).isEqualTo("Child Focus");
        assertThat(find(H3.class).withText("Wat je de cliënt zegt (Frans)").all()).hasSize(1);
        String told = find(Pre.class).single().getText();
        assertThat(told).contains("Appelle le 116 000.")
                .contains("Téléphone joignable jour et nuit (24h/24, 7j/7). Réponse aux e-mails dans les 24 heures.")
                .contains("E-mail : 116000@childfocus.org");

        test(find(Button.class).withText("Doorverwijzen").single()).click();

        assertThat(find(Span.class).withText("Child Focus (116 000)").all()).hasSize(1);
        assertThat(find(Span.class).withClassName("vn-referral-history").single().getText())
                .startsWith("Voorgesteld ").endsWith("(lotte)");
        assertThat(jdbc.queryForObject("""
                select count(*) from case_referral_status s join case_referral r on r.id = s.referral_id
                join referral_partner p on p.id = r.partner_id where s.case_id = ? and p.code = 'CHILD_FOCUS'""",
                Long.class, caseId)).isEqualTo(1);
    }

    @Test
    void anAdministratorsBadPhoneNumberIsExplainedNextToTheFieldAndNothingIsSaved() {
        signInAs("admin");
        navigate("admin/directory", Component.class);
        @SuppressWarnings("unchecked")
        Grid<PartnerDetails> grid = find(Grid.class).single();
        var awel = test(grid).getRow(1);
        assertThat(awel.name()).isEqualTo("Awel");
        test(grid).clickRow(1);

        var phone = find(TextField.class).withCaption("Telefoon").single();
        test(phone).setValue("bel ons maar");
        test(find(Button.class).withText("Opslaan").single()).click();

        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("Alleen cijfers, spaties en + . / ( ) - (bijvoorbeeld 116 000).");
        assertThat(phone.getValue()).isEqualTo("bel ons maar");
        assertThat(jdbc.queryForObject("select phone from referral_partner where code = 'AWEL'", String.class))
                .isNull();
    }

    private void openTab(String label) {
        var tabs = find(TabSheet.class).single();
        tabs.setSelectedTab(find(Tab.class).withText(label).single());
        roundTrip();
    }
}
