package org.vangnet.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import org.vangnet.testsupport.BrowserlessViewTest;

/**
 * After a crash a counsellor cannot tell whether their last note went through and types it again:
 * the same note within minutes is recognised and they are asked, instead of a silent duplicate.
 */
class RepeatedNoteScreensTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameNoteAgainWithinMinutesAsksBeforeAddingItASecondTime() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Herhaling", 35, null, 34, null,
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        navigate("cases/" + caseId, Component.class);

        addNote("Belde terug; wil aangifte doen.");
        addNote("Belde terug; wil aangifte doen.");

        var dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(notes(caseId)).isEqualTo(1);
        assertThat(find(TextArea.class).withCaption("Notitie").single().getValue())
                .isEqualTo("Belde terug; wil aangifte doen.");

        test(dialog).confirm();

        assertThat(notes(caseId)).isEqualTo(2);
        assertThat(find(TextArea.class).withCaption("Notitie").single().getValue()).isEmpty();
    }

    @Test
    void aDifferentNoteIsAddedWithoutAsking() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Anders", 35, null, 34, null,
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        navigate("cases/" + caseId, Component.class);

        addNote("Eerste gesprek.");
        addNote("Tweede gesprek.");

        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(notes(caseId)).isEqualTo(2);
    }

    private void addNote(String text) {
        test(find(TextArea.class).withCaption("Notitie").single()).setValue(text);
        test(find(Button.class).withText("Notitie toevoegen").single()).click();
    }

    private long notes(Long caseId) {
        return jdbc.queryForObject("select count(*) from case_timeline_entry where case_id = ? and entry_type = 'NOTE'",
                Long.class, caseId);
    }
}
