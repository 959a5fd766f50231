package org.vangnet.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.ConsentAction;
import org.vangnet.cases.ConsentForm;
import org.vangnet.cases.ConsentService;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The case file's police dossier tab: the language offered first, the file made and offered, the refusal. */
class PoliceDossierTabTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    ConsentService consents;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCounsellorMakesTheDossierInTheClientsLanguageAndGetsTheFileToDownload() {
        signInAs("lotte");
        Long caseId = open("en");
        consents.record(caseId, ConsentAction.ACCOMPANY_POLICE_COMPLAINT, true, ConsentForm.VERBAL);
        String reference = jdbc.queryForObject("select reference from case_file where id = ?", String.class, caseId);
        navigate("cases/" + caseId, Component.class);
        openTab("Politiedossier");

        @SuppressWarnings("unchecked")
        Select<Locale> language = find(Select.class).withCaption("Taal van het dossier").single();
        assertThat(language.getValue()).isEqualTo(TranslationProvider.ENGLISH);
        test(find(Button.class).withText("Dossier maken (pdf)").single()).click();

        var link = find(Anchor.class).withId("dossier-download").single();
        assertThat(link.getText()).contains("police-dossier-" + reference);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and case_id = ?",
                Long.class, caseId)).isEqualTo(1);
    }

    @Test
    void withoutConsentNoFileIsOffered() {
        signInAs("lotte");
        Long caseId = open("nl");
        navigate("cases/" + caseId, Component.class);
        openTab("Politiedossier");

        test(find(Button.class).withText("Dossier maken (pdf)").single()).click();

        assertThat(find(Anchor.class).withId("dossier-download").all()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and case_id = ?",
                Long.class, caseId)).isZero();
    }

    private Long open(String language) {
        return cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Dossier", 25, null, 24, language, false,
                false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), "Beelden gedeeld zonder toestemming"));
    }

    private void openTab(String label) {
        var tabs = find(TabSheet.class).single();
        tabs.setSelectedTab(find(Tab.class).withText(label).single());
        roundTrip();
    }
}
