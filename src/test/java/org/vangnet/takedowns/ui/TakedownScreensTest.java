package org.vangnet.takedowns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import org.vangnet.takedowns.ItemKind;
import org.vangnet.takedowns.PlatformDetails;
import org.vangnet.takedowns.TakedownStatus;
import org.vangnet.takedowns.TakedownView;
import org.vangnet.testsupport.BrowserlessViewTest;

/** A counsellor asks Discord to act, the institute sees the escalation — in Dutch, through the screens. */
class TakedownScreensTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;
    @Autowired
    ConsentService consents;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDiscordIdOfTheWrongLengthIsShownNextToItsRowAndNothingIsSavedThenTheRightOneIs() {
        signInAs("lotte");
        Long caseId = openAdultCase("Discord scherm");
        navigate("cases/" + caseId, Component.class);
        openTab("Verwijderen");
        test(find(Button.class).withText("Nieuwe verwijderaanvraag").single()).click();
        var dialog = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<PlatformDetails> platform = find(ComboBox.class, dialog).single();
        platform.setValue(platform.getLazyDataView().getItems().filter(p -> p.code().equals("DISCORD")).findFirst()
                .orElseThrow());
        assertThat(text(dialog)).contains("17");
        @SuppressWarnings("unchecked")
        Select<ItemKind> kind = find(Select.class, dialog).all().stream()
                .filter(s -> "Soort item".equals(s.getAriaLabel().orElse(""))).findFirst().orElseThrow();
        kind.setValue(ItemKind.USER_ID);
        var value = find(TextField.class, dialog).withPropertyValue(TextField::getPlaceholder,
                "Link, gebruikersnaam, nummer of ID").single();
        test(value).setValue("123456789");
        test(find(TextArea.class, dialog).withCaption("Beschrijving van de inhoud").single())
                .setValue("Naaktfoto in een server");

        test(find(Button.class, dialog).withText("Aanvraag aanmaken").single()).click();

        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("Een Discord-ID bestaat uit 17 tot 19 cijfers (niet de gebruikersnaam).");
        assertThat(count(caseId)).isZero();

        test(value).setValue("80351110224678912");
        test(find(Button.class, dialog).withText("Aanvraag aanmaken").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(count(caseId)).isEqualTo(1);
    }

    @Test
    void theNoticeDialogWritesTheNoticeInTheChosenLanguage() {
        signInAs("lotte");
        Long caseId = openAdultCase("Melding scherm");
        Long platformId = jdbc.queryForObject("select id from platform where code = 'OTHER_HOST'", Long.class);
        jdbc.update("""
                insert into takedown_request (case_id, case_reference, minor_involved, platform_id, status, route,
                    on_behalf_of, content_description, evidence_captured, created_at, created_by, last_changed_at)
                select id, reference, false, ?, 'EVIDENCE_CAPTURED', 'DSA_NOTICE', 'HELPLINE', 'Foto', true, now(), 'lotte', now()
                from case_file where id = ?""", platformId, caseId);
        Long requestId = jdbc.queryForObject("select id from takedown_request where case_id = ?", Long.class, caseId);
        jdbc.update("insert into takedown_item (request_id, position, kind, value) values (?, 0, 'URL', 'https://host.example/1')",
                requestId);
        navigate("cases/" + caseId, Component.class);
        openTab("Verwijderen");

        test(find(Button.class).withText("DSA-melding").single()).click();
        var notice = find(TextArea.class).withCaption("Tekst van de melding").single();
        assertThat(notice.getValue()).contains("https://host.example/1", "te goeder trouw");

        @SuppressWarnings("unchecked")
        Select<Locale> language = find(Select.class).withCaption("Taal van de melding").single();
        language.setValue(TranslationProvider.ENGLISH);
        assertThat(notice.getValue()).contains("https://host.example/1").doesNotContain("te goeder trouw");
    }

    @Test
    void instituteStaffSeeTheEscalatedRequestWithoutTheClientsIdentity() {
        signInAs("karim");
        Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Geheime Naam", 28, null, 27, "nl",
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        consents.record(caseId, ConsentAction.SHARE_WITH_INSTITUTE, true, ConsentForm.WRITTEN);
        Long platformId = jdbc.queryForObject("select id from platform where code = 'FACEBOOK'", Long.class);
        var takedowns = takedownService;
        Long id = takedowns.create(caseId, new org.vangnet.takedowns.NewTakedown(platformId,
                org.vangnet.takedowns.ReportRoute.WEB_FORM, org.vangnet.takedowns.OnBehalfOf.HELPLINE,
                List.of(new org.vangnet.takedowns.TakedownItem(ItemKind.URL, "https://www.facebook.com/post/777")),
                "Foto gedeeld zonder toestemming", true));
        takedowns.changeStatus(caseId, id, 0, TakedownStatus.SUBMITTED, null, null);
        takedowns.changeStatus(caseId, id, 1, TakedownStatus.REFUSED, "FB-1", null);
        takedowns.changeStatus(caseId, id, 2, TakedownStatus.ESCALATED, null, null);
        signOut();

        signInAs("nadia");
        navigate(EscalationsView.class);

        @SuppressWarnings("unchecked")
        Grid<TakedownView> grid = find(Grid.class).single();
        var rows = test(grid);
        boolean found = false;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getRow(i).id().equals(id)) {
                found = true;
                assertThat(rows.getRow(i).toString()).doesNotContain("Geheime Naam");
            }
        }
        assertThat(found).isTrue();
        assertThat(text(getCurrentView())).doesNotContain("Geheime Naam");
    }

    @Autowired
    org.vangnet.takedowns.TakedownService takedownService;

    @Test
    void aStatusChangeOfATakedownShowsOnTheTimelineAtOnceAndKeepsTheHashNumberBeingTyped() {
        signInAs("lotte");
        Long caseId = openAdultCase("Verwijderen ververst");
        Long platformId = jdbc.queryForObject("select id from platform where code = 'FACEBOOK'", Long.class);
        takedownService.create(caseId, new org.vangnet.takedowns.NewTakedown(platformId,
                org.vangnet.takedowns.ReportRoute.WEB_FORM, org.vangnet.takedowns.OnBehalfOf.HELPLINE,
                List.of(new org.vangnet.takedowns.TakedownItem(ItemKind.URL, "https://www.facebook.com/post/888")),
                "Foto", true));
        navigate("cases/" + caseId, Component.class);
        @SuppressWarnings("unchecked")
        Grid<org.vangnet.cases.TimelineItem> timeline = find(Grid.class).single();
        assertThat(test(timeline).getRow(0).messageKey()).isEqualTo("timeline.takedown.created");
        openTab("Verwijderen");
        var hashNumber = find(TextField.class).withCaption("Dossiernummer van de dienst").single();
        test(hashNumber).setValue("ABC-123");

        test(find(Button.class).withText("Als ingediend noteren").single()).click();
        var dialog = find(Dialog.class).single();
        test(find(Button.class, dialog).withText("Als ingediend noteren").single()).click();

        assertThat(jdbc.queryForObject("select status from takedown_request where case_id = ?", String.class, caseId))
                .isEqualTo("SUBMITTED");
        assertThat(hashNumber.getValue()).isEqualTo("ABC-123");
        openTab("Tijdlijn");
        // Newest first: the status line, and the follow-up that the submission scheduled with it.
        assertThat(List.of(test(timeline).getRow(0).messageKey(), test(timeline).getRow(1).messageKey()))
                .contains("timeline.takedown.status");
    }

    @Test
    void switchingThePlatformKeepsTheTypedItemsAndAnotherItemIsOfferedOnlyOnceThereIsOne() {
        signInAs("lotte");
        Long caseId = openAdultCase("Platform wisselen");
        navigate("cases/" + caseId, Component.class);
        openTab("Verwijderen");
        test(find(Button.class).withText("Nieuwe verwijderaanvraag").single()).click();
        var dialog = find(Dialog.class).single();
        assertThat(find(Button.class, dialog).withText("Nog een item").all()).as("nothing to add another to yet")
                .isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<PlatformDetails> platform = find(ComboBox.class, dialog).single();
        platform.setValue(platform(platform, "INSTAGRAM"));
        test(find(Button.class, dialog).withText("Nog een item").single()).click();
        var values = find(TextField.class, dialog).withPropertyValue(TextField::getPlaceholder,
                "Link, gebruikersnaam, nummer of ID").all();
        test(values.get(0)).setValue("https://www.instagram.com/p/abc");
        test(values.get(1)).setValue("https://www.instagram.com/p/def");

        platform.setValue(platform(platform, "TIKTOK"));

        assertThat(find(TextField.class, dialog).withPropertyValue(TextField::getPlaceholder,
                "Link, gebruikersnaam, nummer of ID").all()).extracting(TextField::getValue)
                .containsExactly("https://www.instagram.com/p/abc", "https://www.instagram.com/p/def");
    }

    private static PlatformDetails platform(ComboBox<PlatformDetails> box, String code) {
        return box.getLazyDataView().getItems().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void platformOutcomesAreChartedWithTheFiguresOfTheTableAndCanBeExported() {
        signInAs("sofie");
        Long caseId = openAdultCase("Uitkomsten grafiek");
        long platform = jdbc.queryForObject("select id from platform where code = 'TIKTOK'", Long.class);
        jdbc.update("""
                insert into takedown_request (case_id, case_reference, minor_involved, platform_id, status, route,
                    on_behalf_of, content_description, created_at, created_by, submitted_at, decided_at, removed_at,
                    last_changed_at)
                values (?, (select reference from case_file where id = ?), false, ?, 'REMOVED', 'WEB_FORM', 'CLIENT',
                    'x', now(), 'seed', now() - interval '5 hours', now(), now(), now())""", caseId, caseId, platform);

        navigate(OutcomesView.class);

        @SuppressWarnings("unchecked")
        List<org.vangnet.takedowns.PlatformOutcome> rows = find(Grid.class).single().getGenericDataView().getItems()
                .toList();
        var tiktok = rows.stream().filter(r -> r.platformId() == platform).findFirst().orElseThrow();
        var charts = find(org.vangnet.base.ui.Chart.class).all();
        assertThat(charts).extracting(org.vangnet.base.ui.Chart::title)
                .containsExactly("Uren tot verwijdering per platform", "Resultaat van de meldingen per platform");
        var hours = charts.getFirst();
        int at = hours.labels().indexOf(tiktok.platformName());
        assertThat(at).isNotNegative();
        assertThat(hours.series().getFirst().values().get(at)).isEqualTo(tiktok.medianHoursToRemoval());
        assertThat(tiktok.medianHoursToRemoval()).isNotNull();
        assertThat(find(com.vaadin.flow.component.button.Button.class).all())
                .extracting(com.vaadin.flow.component.button.Button::getText)
                .contains("Exporteren als CSV", "Exporteren als Excel");
    }

    private Long openAdultCase(String alias) {
        return cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails(alias, 27, null, 26, null, false, false,
                false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
    }

    private long count(Long caseId) {
        return jdbc.queryForObject("select count(*) from takedown_request where case_id = ?", Long.class, caseId);
    }

    private void openTab(String label) {
        find(TabSheet.class).single().setSelectedTab(find(Tab.class).withText(label).single());
    }

    private String text(com.vaadin.flow.component.HasElement root) {
        return root.getElement().getTextRecursively();
    }
}
