package org.vangnet.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.base.ui.error.AccessDeniedView;
import org.vangnet.base.ui.error.NotFoundView;
import org.vangnet.cases.CaseListItem;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.ClosingReason;
import org.vangnet.cases.ContactDetail;
import org.vangnet.cases.ContactKind;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.BrowserlessViewTest;

/** A counsellor's day on the case screens, in Dutch, against the real services and database. */
class CaseScreensTest extends BrowserlessViewTest {

    @Autowired
    org.vangnet.base.crypto.FieldCipher cipher;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCounsellorOpensACaseForAnAnonymous16YearOldAndCannotAttachAnyFile() {
        signInAs("lotte");
        navigate(NewCaseView.class);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<IntakeChannel> channel = find(RadioButtonGroup.class).single();
        channel.setValue(IntakeChannel.CHAT);
        test(find(TextField.class).withCaption("Alias").single()).setValue("Mila");
        test(find(IntegerField.class).withCaption("Leeftijd nu").single()).setValue(16);
        @SuppressWarnings("unchecked")
        CheckboxGroup<HarmKind> harms = find(CheckboxGroup.class).single();
        harms.setValue(Set.of(HarmKind.LEAKED_IMAGES));
        test(find(Button.class).withText("Dossier openen").single()).click();

        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(find(H2.class).single().getText()).matches("VN-\\d{4}-\\d{6} · Mila");
        assertThat(find(Span.class).withText("Minderjarig").all()).isNotEmpty();
        assertThat(find(Span.class).withText("Hoog").all()).isNotEmpty();
        assertThat(text()).contains("Child Focus: 116 000", "Bewaar geen enkel beeld");
        openTab("Bewijs");
        assertThat(find(Upload.class).all()).isEmpty();
        assertThat(text()).contains("er kan geen enkel bestand worden toegevoegd");
    }

    @Test
    void openingACaseWithoutAliasShowsTheMessageNextToTheFieldAndKeepsTheInput() {
        signInAs("lotte");
        navigate(NewCaseView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<IntakeChannel> channel = find(RadioButtonGroup.class).single();
        channel.setValue(IntakeChannel.PHONE);
        test(find(IntegerField.class).withCaption("Leeftijd nu").single()).setValue(22);
        @SuppressWarnings("unchecked")
        CheckboxGroup<HarmKind> harms = find(CheckboxGroup.class).single();
        harms.setValue(Set.of(HarmKind.SEXTORTION));

        test(find(Button.class).withText("Dossier openen").single()).click();

        var alias = find(TextField.class).withCaption("Alias").single();
        assertThat(getCurrentView()).isInstanceOf(NewCaseView.class);
        assertThat(alias.isInvalid()).isTrue();
        assertThat(alias.getErrorMessage()).isEqualTo("Geef een voornaam of schuilnaam.");
        assertThat(find(IntegerField.class).withCaption("Leeftijd nu").single().getValue()).isEqualTo(22);
    }

    @Test
    void anEmptyIntakeShowsEveryMissingFieldAtOnceNextToItAndSavesNothing() {
        signInAs("lotte");
        long before = jdbc.queryForObject("select count(*) from case_file", Long.class);
        navigate(NewCaseView.class);

        test(find(Button.class).withText("Dossier openen").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NewCaseView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<IntakeChannel> channel = find(RadioButtonGroup.class).single();
        @SuppressWarnings("unchecked")
        CheckboxGroup<HarmKind> harms = find(CheckboxGroup.class).single();
        var alias = find(TextField.class).withCaption("Alias").single();
        assertThat(channel.isInvalid()).isTrue();
        assertThat(alias.isInvalid()).isTrue();
        assertThat(alias.getErrorMessage()).isEqualTo("Geef een voornaam of schuilnaam.");
        assertThat(harms.isInvalid()).isTrue();
        assertThat(harms.getErrorMessage()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from case_file", Long.class)).isEqualTo(before);
    }

    @Test
    void impossibleAgesAreRefusedTogetherAndAnAgeUnder18TicksMinorOnTheForm() {
        signInAs("lotte");
        navigate(NewCaseView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<IntakeChannel> channel = find(RadioButtonGroup.class).single();
        channel.setValue(IntakeChannel.PHONE);
        test(find(TextField.class).withCaption("Alias").single()).setValue("Noor");
        var minor = find(com.vaadin.flow.component.checkbox.Checkbox.class)
                .withCaption("Minderjarig (ook als de leeftijd niet zeker is)").single();
        var ageNow = find(IntegerField.class).withCaption("Leeftijd nu").single();
        test(ageNow).setValue(16);
        assertThat(minor.getValue()).as("ticked by the age").isTrue();
        test(ageNow).setValue(26);
        assertThat(minor.getValue()).as("untouched by the counsellor, so untick again").isFalse();

        // The browser flags these while typing (min/max); sent anyway, the domain refuses both at once.
        ageNow.setValue(-3);
        var birthYear = find(IntegerField.class).withCaption("Geboortejaar").single();
        birthYear.setValue(3000);
        @SuppressWarnings("unchecked")
        CheckboxGroup<HarmKind> harms = find(CheckboxGroup.class).single();
        harms.setValue(Set.of(HarmKind.SEXTORTION));
        test(find(Button.class).withText("Dossier openen").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NewCaseView.class);
        assertThat(ageNow.isInvalid()).isTrue();
        assertThat(ageNow.getErrorMessage()).isEqualTo("Een leeftijd ligt tussen 0 en 120.");
        assertThat(birthYear.isInvalid()).isTrue();
        assertThat(birthYear.getErrorMessage()).isEqualTo("Dit geboortejaar klopt niet.");
    }

    @Test
    void anAliasPastItsLimitIsCountedAndRefusedNotCut() {
        signInAs("lotte");
        navigate(NewCaseView.class);
        var alias = find(TextField.class).withCaption("Alias").single();
        String tooLong = "x".repeat(75);

        test(alias).setValue(tooLong);

        assertThat(alias.getValue()).isEqualTo(tooLong);
        assertThat(alias.getMaxLength()).as("no silent cutting by the browser").isZero();
        assertThat(alias.isInvalid()).isTrue();
        assertThat(alias.getErrorMessage()).isEqualTo(
                "Te lang: hoogstens 60 tekens, nu 75. Er is niets weggeknipt; kort de tekst in.");
        assertThat(alias.getHelperComponent().getElement().getTextRecursively()).contains("75 van 60 tekens");
        test(alias).setValue("Noor");
        assertThat(alias.isInvalid()).isFalse();
    }

    @Test
    void typingAKnownPhoneNumberDifferentlyShowsTheExistingCaseBeforeCreatingANewOne() {
        signInAs("karim");
        cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Zoë", 19, null, 18, "nl", false, false, false,
                List.of(new ContactDetail(ContactKind.PHONE, "+32 471 23 45 67", true, false, true))),
                Set.of(HarmKind.SEXTORTION), null));
        String reference = jdbc.queryForObject(
                "select reference from case_file where client_alias = 'Zoë' order by id desc limit 1", String.class);

        navigate(NewCaseView.class);
        test(find(Button.class).withText("Contactgegeven toevoegen").single()).click();
        test(find(TextField.class).withPropertyValue(TextField::getPlaceholder, "Nummer, adres of gebruikersnaam")
                .single()).setValue("0471234567");

        assertThat(find(Anchor.class).all().stream().map(Anchor::getText))
                .anyMatch(t -> t.startsWith(reference));
        assertThat(text()).contains("Zelfde telefoonnummer");
    }

    @Test
    void anotherTeamsCounsellorCannotOpenTheCaseByUrlAndTheAttemptIsAudited() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.EMAIL, new ClientDetails("Noor", 17, null, null, null,
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        signOutAndInAs("ines");
        long before = deniedReads("ines", caseId);

        navigate("cases/" + caseId, Component.class);

        assertThat(getCurrentView()).isInstanceOfAny(NotFoundView.class, AccessDeniedView.class);
        assertThat(text()).doesNotContain("Noor");
        assertThat(deniedReads("ines", caseId)).isEqualTo(before + 1);
    }

    @Test
    void filtersLiveInTheUrlSoALinkOpensTheSameList() {
        signInAs("sofie");
        Long closed = cases.open(new NewCase(IntakeChannel.WALK_IN, new ClientDetails("Filter Gesloten", 30, null, 29,
                null, false, false, false, List.of()), Set.of(HarmKind.DEEPFAKE), null));
        cases.changeStatus(closed, 0, org.vangnet.cases.CaseStatus.CLOSED, null, ClosingReason.RESOLVED);

        UI.getCurrent().navigate("cases", QueryParameters.fromString("status=CLOSED&harm=DEEPFAKE&q=filter"));

        @SuppressWarnings("unchecked")
        Grid<CaseListItem> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).alias()).isEqualTo("Filter Gesloten");
        @SuppressWarnings("unchecked")
        Select<HarmKind> harm = find(Select.class).withCaption("Wat is er gebeurd").single();
        assertThat(harm.getValue()).isEqualTo(HarmKind.DEEPFAKE);

        harm.setValue(null);
        test(find(TextField.class).withPropertyValue(TextField::getPlaceholder, "Zoek op referentie of alias").single())
                .setValue("filter g");

        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(location).contains("status=CLOSED").doesNotContain("harm=");
        assertThat(location).contains("q=filter");
    }

    @Test
    void consentIsRecordedWithAVerbAndShowsTheColleaguesDisplayNameNotHerSignInName() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Toestemming scherm", 25, null, 24,
                null, false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        navigate("cases/" + caseId, Component.class);
        openTab("Toestemming");

        assertThat(find(Button.class).withText("Gegeven").all()).isEmpty();
        test(find(Button.class).withText("Toestemming noteren").first()).click();

        assertThat(find(Span.class).all().stream().map(Span::getText).filter(t -> t.startsWith("Gegeven (")))
                .singleElement().satisfies(status -> assertThat(status).endsWith(", Lotte Peeters)")
                        .doesNotContain(", lotte)"));
        assertThat(find(Button.class).withText("Intrekking noteren").first().isEnabled()).isTrue();
    }

    @Test
    void theIntakeSummaryIsInTheCaseHeaderWhateverTabIsOpen() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Samenvatting", 22, null, 21,
                null, false, false, false, List.of()), Set.of(HarmKind.SEXTORTION), "Afgeperst via Instagram"));
        navigate("cases/" + caseId, Component.class);
        openTab("Bewijs");

        assertThat(find(Paragraph.class).all().stream().filter(p -> p.getId().filter("case-summary"::equals).isPresent())
                .map(Paragraph::getText)).containsExactly("Bij de intake: Afgeperst via Instagram");
    }

    @Test
    void closingWithAnOpenReferralAsksForConfirmationFirst() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Sam", 25, null, 24, null,
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        cases.changeStatus(caseId, 0, org.vangnet.cases.CaseStatus.ACTIVE, null, null);
        navigate("cases/" + caseId, Component.class);
        openTab("Doorverwijzingen");
        test(find(Button.class).withText("Doorverwijzen").single()).click();

        test(find(Button.class).withText("Afsluiten").first()).click();
        @SuppressWarnings("unchecked")
        Select<ClosingReason> reason = find(Select.class).withCaption("Reden van afsluiten").single();
        reason.setValue(ClosingReason.REFERRED);
        test(find(Button.class).withText("Afsluiten").last()).click();

        var confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select status from case_file where id = ?", String.class, caseId))
                .isEqualTo("ACTIVE");
    }

    @Test
    void whenAColleagueSavedFirstTheSecondEditGetsAClearConflictMessageAndKeepsWhatWasTyped() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Gelijktijdig scherm", 25, null, 24,
                null, false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        navigate("cases/" + caseId, Component.class);
        openTab("Cliënt");
        var alias = find(TextField.class).withCaption("Alias").single();
        test(alias).setValue("Mijn versie");

        // Meanwhile a colleague of the team saves the same case.
        cases.edit(caseId, 0, new ClientDetails("Versie van een collega", 25, null, 24, null, false, false, false,
                List.of()), Set.of(HarmKind.LEAKED_IMAGES), null);
        test(find(Button.class).withText("Opslaan").single()).click();

        assertThat(find(com.vaadin.flow.component.notification.Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).startsWith("Iemand anders heeft dit intussen gewijzigd."));
        assertThat(alias.getValue()).isEqualTo("Mijn versie");
        assertThat(jdbc.queryForObject("select client_alias from case_file where id = ?", String.class, caseId))
                .isEqualTo("Versie van een collega");
    }

    @Test
    void whatIsTypedAndNotSavedInOneTabStaysWhenAChangeIsMadeInAnother() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Niets kwijt", 23, null, 22, null,
                false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), "Eerste samenvatting"));
        navigate("cases/" + caseId, Component.class);
        var note = find(TextArea.class).withCaption("Notitie").single();
        test(note).setValue("Half getypte notitie");

        test(find(Button.class).withText("Actief maken").single()).click();

        assertThat(note.getValue()).isEqualTo("Half getypte notitie");
        assertThat(find(Span.class).withText("Actief").all()).isNotEmpty();
        assertThat(find(Button.class).withText("Actief maken").all()).isEmpty();

        openTab("Cliënt");
        var summary = find(TextArea.class).withCaption("Korte samenvatting").single();
        test(summary).setValue("Nog niet bewaarde samenvatting");
        openTab("Tijdlijn");
        test(find(Button.class).withText("Notitie toevoegen").single()).click();
        openTab("Cliënt");

        assertThat(find(TextArea.class).withCaption("Korte samenvatting").single().getValue())
                .isEqualTo("Nog niet bewaarde samenvatting");
        // Note bodies and summaries are stored encrypted (decision 031): compare what they decrypt to.
        assertThat(jdbc.queryForList("select body from case_timeline_entry where case_id = ? and body is not null",
                String.class, caseId).stream().map(cipher::decryptIfEncrypted)).containsOnlyOnce("Half getypte notitie");
        // Saving now is not refused as a conflict: the form saves against the version the case file holds.
        test(find(Button.class).withText("Opslaan").single()).click();
        assertThat(cipher.decryptIfEncrypted(jdbc.queryForObject("select summary from case_file where id = ?", String.class,
                caseId))).isEqualTo("Nog niet bewaarde samenvatting");
    }

    @Test
    void theSupervisorApprovesAClosingFromTheCaseFileAndTheBadgeGoes() {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Goedkeuring scherm", 25, null, 24,
                null, false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
        cases.changeStatus(caseId, 0, org.vangnet.cases.CaseStatus.CLOSED, null, ClosingReason.RESOLVED);
        navigate("cases/" + caseId, Component.class);
        assertThat(find(Span.class).withText("Afsluiting te keuren").all()).hasSize(1);
        assertThat(find(Button.class).withText("Afsluiting goedkeuren").all()).isEmpty();

        signOutAndInAs("sofie");
        navigate("cases/" + caseId, Component.class);
        test(find(Button.class).withText("Afsluiting goedkeuren").single()).click();

        assertThat(find(Span.class).withText("Afsluiting te keuren").all()).isEmpty();
        assertThat(jdbc.queryForObject("select closing_approved_by from case_file where id = ?", String.class, caseId))
                .isEqualTo("sofie");
    }

    private void openTab(String label) {
        var tabs = find(TabSheet.class).single();
        tabs.setSelectedTab(find(Tab.class).withText(label).single());
    }

    private void signOutAndInAs(String username) {
        signOut();
        signInAs(username);
    }

    private long deniedReads(String actor, Long caseId) {
        return jdbc.queryForObject("""
                select count(*) from audit_event
                where action = 'ACCESS_DENIED' and actor = ? and object_type = 'CASE' and object_id = ?""",
                Long.class, actor, caseId.toString());
    }

    private String text() {
        return find(Paragraph.class).all().stream().map(Paragraph::getText).reduce("", (a, b) -> a + "\n" + b)
                + find(com.vaadin.flow.component.html.ListItem.class).all().stream()
                .map(com.vaadin.flow.component.html.ListItem::getText).reduce("", (a, b) -> a + "\n" + b);
    }
}
