package org.vangnet.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.ContactDetail;
import org.vangnet.cases.ContactKind;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The one search box in the header: a returning client found by a phone number typed another way. */
class CaseSearchScreensTest extends BrowserlessViewTest {

    static final String LABEL = "Dossiers zoeken";

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCounsellorFindsAReturningClientByPhoneFromTheHeaderAndOpensTheCase() {
        String digits = "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Wederkeer", 19, null, 18, "nl",
                false, false, false, List.of(new ContactDetail(ContactKind.PHONE, "+32 479 " + digits, true, false,
                false))), Set.of(HarmKind.LEAKED_IMAGES), "Komt terug"));
        String reference = jdbc.queryForObject("select reference from case_file where id = ?", String.class, caseId);
        navigate(CasesView.class);

        search("0479/" + digits.substring(0, 3) + "." + digits.substring(3));

        var dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Zoekresultaten");
        assertThat(test(dialog).find(com.vaadin.flow.component.html.Span.class)
                .withTextContaining("Gevonden op: telefoonnummer van de cliënt").all()).hasSize(1);
        test(test(dialog).find(Button.class).withText(reference + " · Wederkeer").single()).click();

        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void aCounsellorFromAnotherTeamFindsNothingAndIsToldSo() {
        signInAs("ines");
        navigate(CasesView.class);

        search("Wederkeer");

        assertThat(test(find(Dialog.class).single()).find(Paragraph.class).single().getText())
                .isEqualTo("Geen dossier gevonden bij de dossiers die je mag openen.");
    }

    @Test
    void oneCharacterIsRefusedNextToTheFieldAndTheTextStays() {
        signInAs("lotte");
        navigate(CasesView.class);

        TextField field = search("w");

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Typ minstens 2 tekens.");
        assertThat(field.getValue()).isEqualTo("w");
        assertThat(find(Dialog.class).all()).isEmpty();
    }

    @Test
    void theAdministratorWhoReadsNoCasesHasNoSearchBox() {
        signInAs("admin");
        navigate(RetentionView.class);

        assertThat(find(TextField.class).withAriaLabel(LABEL).all()).isEmpty();
    }

    private TextField search(String typed) {
        TextField field = find(TextField.class).withAriaLabel(LABEL).single();
        test(field).setValue(typed);
        ComponentUtil.fireEvent(field, new KeyPressEvent(field, Key.ENTER.getKeys().getFirst()));
        return field;
    }
}
