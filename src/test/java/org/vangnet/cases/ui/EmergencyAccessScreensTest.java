package org.vangnet.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import org.vangnet.testsupport.BrowserlessViewTest;

/** Break-the-glass on the screens (decision 022), in Dutch, without a browser. */
class EmergencyAccessScreensTest extends BrowserlessViewTest {

    private static final String REASON = "Nachtdienst, cliënte belt opnieuw en haar begeleider is er niet";

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCounsellorOfAnotherTeamOpensACaseWithAReasonSeesItMarkedAndItsSupervisorReviewsIt() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Nood Scherm", 17, null, 16, "nl",
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        String reference = jdbc.queryForObject("select reference from case_file where id = ?", String.class, caseId);
        signOut();

        signInAs("ines");
        navigate(CasesView.class);
        test(find(Button.class).withText("Noodtoegang").single()).click();
        var dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).withCaption("Dossiernummer").single()).setValue(reference);
        var reason = find(TextArea.class, dialog).withCaption("Reden").single();
        test(reason).setValue("dringend");
        test(find(Button.class, dialog).withText("Dossier openen").single()).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Geef een reden van minstens 20 tekens.");
        assertThat(getCurrentView()).isInstanceOf(CasesView.class);

        test(reason).setValue(REASON);
        test(find(Button.class, dialog).withText("Dossier openen").single()).click();

        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(find(Span.class).all()).extracting(Span::getText).anyMatch(t -> t.startsWith("Noodtoegang tot "));
        signOut();

        signInAs("sofie");
        navigate(EmergencyAccessReviewView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        var rows = test(grid);
        int row = IntStream.range(0, rows.size()).filter(r -> REASON.equals(rows.getCellText(r, 3))).findFirst().orElseThrow();
        assertThat(rows.getCellText(row, 1)).isEqualTo("Inès Dubois");
        int before = rows.size();
        test((Button) rows.getCellComponent(row, 5)).click();
        assertThat(test(grid).size()).isEqualTo(before - 1);
    }
}
