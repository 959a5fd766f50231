package org.vangnet.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.BrowserlessViewTest;

/** Issue 14, point 7: evidence records when the screenshot was taken and whether platform and date show on it. */
class EvidenceCaptureScreensTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMomentOfTheScreenshotAndWhetherPlatformAndDateShowAreKept() {
        signInAs("lotte");
        Long caseId = open();
        LocalDateTime taken = LocalDateTime.of(2026, 11, 2, 21, 15);

        fill(taken, "Schermafbeelding van het profiel met datum");
        test(find(Checkbox.class).withCaption("Platform en datum zichtbaar op de schermafbeelding").single()).click();
        test(find(Button.class).withText("Bewijs vastleggen").single()).click();

        Map<String, Object> row = jdbc.queryForMap(
                "select captured_at, platform_date_visible from case_evidence where case_id = ?", caseId);
        assertThat(((Timestamp) row.get("captured_at")).toInstant()).isEqualTo(taken.atZone(HelplineZone.ZONE).toInstant());
        assertThat(row.get("platform_date_visible")).isEqualTo(true);
        assertThat(find(Span.class).withText("Platform en datum zichtbaar").all()).hasSize(1);
    }

    @Test
    void aMomentInTheFutureIsRefusedNextToTheFieldAndTheDescriptionStays() {
        signInAs("lotte");
        Long caseId = open();

        DateTimePicker moment = fill(LocalDateTime.of(2099, 1, 1, 12, 0), "Schermafbeelding uit de toekomst");
        test(find(Button.class).withText("Bewijs vastleggen").single()).click();

        assertThat(moment.isInvalid()).isTrue();
        assertThat(moment.getErrorMessage()).isEqualTo("Deze datum ligt in de toekomst.");
        assertThat(find(TextArea.class).withCaption("Beschrijving").single().getValue())
                .isEqualTo("Schermafbeelding uit de toekomst");
        assertThat(jdbc.queryForObject("select count(*) from case_evidence where case_id = ?", Long.class, caseId))
                .isZero();
    }

    private Long open() {
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Bewijs", 27, null, 26, "nl", false,
                false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), "Beelden op een profiel"));
        navigate("cases/" + caseId, Component.class);
        var tabs = find(TabSheet.class).single();
        tabs.setSelectedTab(find(Tab.class).withText("Bewijs").single());
        roundTrip();
        return caseId;
    }

    private DateTimePicker fill(LocalDateTime taken, String description) {
        DateTimePicker moment = find(DateTimePicker.class).withCaption("Moment van de schermafbeelding").single();
        moment.setValue(taken);
        test(find(TextArea.class).withCaption("Beschrijving").single()).setValue(description);
        return moment;
    }
}
