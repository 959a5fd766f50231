package org.vangnet.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.base.ui.Formats;
import org.vangnet.cases.CaseListItem;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.cases.CaseStatus;
import org.vangnet.cases.Priority;
import org.vangnet.testsupport.BrowserlessViewTest;

/**
 * The case list as decision 049 shaped it: the quick search is always there, the other filters are made
 * the first time they are opened, and a list narrowed by its address shows them open; six columns, the
 * opening date under the reference and what happened under the alias; "new case" is a link.
 */
class CaseListScreensTest extends BrowserlessViewTest {

    @Autowired
    CaseService cases;

    @Test
    void theFiltersAreNotMadeUntilTheCounsellorOpensThem() {
        signInAs("lotte");
        navigate(CasesView.class);

        assertThat(find(CaseFilterPanel.class).all()).isEmpty();
        assertThat(find(MultiSelectComboBox.class).all()).isEmpty();
        assertThat(find(DatePicker.class).all()).isEmpty();
        assertThat(find(TextField.class).withPropertyValue(TextField::getPlaceholder, "Zoek op referentie of alias")
                .single().isVisible()).isTrue();
        Button toggle = toggle();
        assertThat(toggle.getText()).isEqualTo("Filters");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isNull();

        test(toggle).click();

        CaseFilterPanel panel = find(CaseFilterPanel.class).single();
        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.getId()).contains("case-filters");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo("case-filters");
        assertThat(find(MultiSelectComboBox.class).withCaption("Status").all()).hasSize(1);
        assertThat(find(DatePicker.class).all()).hasSize(2);
        // Nothing filtered yet: nothing to clear.
        assertThat(find(Button.class).withId("case-filters-clear").single().isEnabled()).isFalse();

        test(toggle).click();

        assertThat(panel.isVisible()).isFalse();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(find(CaseFilterPanel.class).all()).as("closed, not thrown away").isEmpty();
        test(toggle).click();
        assertThat(find(CaseFilterPanel.class).single()).isSameAs(panel);
    }

    @Test
    void anAddressWithFiltersOpensThemAndTheButtonCountsThem() {
        signInAs("lotte");

        UI.getCurrent().navigate("cases", QueryParameters.fromString("status=CLOSED,ACTIVE&priority=HIGH&q=iets"));

        CaseFilterPanel panel = find(CaseFilterPanel.class).single();
        assertThat(panel.isVisible()).isTrue();
        assertThat(toggle().getText()).as("two filters; the quick search is not one of them").isEqualTo("Filters (2)");
        assertThat(toggle().getElement().getAttribute("aria-expanded")).isEqualTo("true");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CaseStatus> status = find(MultiSelectComboBox.class).withCaption("Status").single();
        assertThat(status.getValue()).containsExactlyInAnyOrder(CaseStatus.CLOSED, CaseStatus.ACTIVE);
        @SuppressWarnings("unchecked")
        Select<Priority> priority = find(Select.class).withCaption("Prioriteit").single();
        assertThat(priority.getValue()).isEqualTo(Priority.HIGH);

        // Closed, the button still says the list is narrowed.
        test(toggle()).click();
        assertThat(toggle().getText()).isEqualTo("Filters (2)");
        assertThat(toggle().getElement().getAttribute("aria-expanded")).isEqualTo("false");

        // Typing in the quick search does not open them again: the user closed them.
        test(find(TextField.class).withPropertyValue(TextField::getPlaceholder, "Zoek op referentie of alias")
                .single()).setValue("iets anders");
        assertThat(location()).contains("anders").contains("priority=HIGH");
        assertThat(panel.isVisible()).isFalse();
        assertThat(toggle().getText()).isEqualTo("Filters (2)");
        // Another filtered address (a link, back) opens them.
        UI.getCurrent().navigate("cases", QueryParameters.fromString("priority=URGENT"));
        assertThat(panel.isVisible()).isTrue();
        assertThat(toggle().getText()).isEqualTo("Filters (1)");
    }

    @Test
    void aFilterSetInThePanelGoesToTheAddressAndClearingKeepsOnlyTheQuickSearch() {
        signInAs("lotte");
        UI.getCurrent().navigate("cases", QueryParameters.fromString("q=iets&team=1"));
        assertThat(find(CaseFilterPanel.class).all()).as("the quick search is in sight already").isEmpty();
        test(toggle()).click();

        @SuppressWarnings("unchecked")
        Select<Priority> priority = find(Select.class).withCaption("Prioriteit").single();
        test(priority).selectItem("Hoog");

        assertThat(location()).contains("priority=HIGH").contains("q=iets").contains("team=1");
        assertThat(toggle().getText()).isEqualTo("Filters (1)");
        Button clear = find(Button.class).withId("case-filters-clear").single();
        assertThat(clear.getText()).isEqualTo("Filters wissen");
        assertThat(clear.isEnabled()).isTrue();

        test(clear).click();

        assertThat(location()).contains("q=iets").doesNotContain("priority=").doesNotContain("team=");
        assertThat(priority.getValue()).isNull();
        assertThat(toggle().getText()).isEqualTo("Filters");
        assertThat(clear.isEnabled()).isFalse();
        assertThat(find(CaseFilterPanel.class).single().isVisible()).as("still open where the user was").isTrue();
    }

    @Test
    void backToAnAddressWithoutFiltersEmptiesTheOpenPanel() {
        signInAs("lotte");
        UI.getCurrent().navigate("cases", QueryParameters.fromString("priority=NORMAL"));
        UI.getCurrent().navigate("cases", QueryParameters.fromString(""));

        @SuppressWarnings("unchecked")
        Select<Priority> priority = find(Select.class).withCaption("Prioriteit").single();
        assertThat(priority.getValue()).isNull();
        assertThat(toggle().getText()).isEqualTo("Filters");
    }

    @Test
    void aSupervisorWhoApprovesClosingsFindsTheBoxTickedFromTheAddress() {
        signInAs("sofie");
        UI.getCurrent().navigate("cases", QueryParameters.fromString("closing=pending"));
        assertThat(find(Checkbox.class).withId("closing-to-approve").single().getValue()).isTrue();
        assertThat(toggle().getText()).isEqualTo("Filters (1)");
    }

    @Test
    void aCounsellorWhoApprovesNoClosingsHasNoClosingsBox() {
        signInAs("lotte");
        navigate(CasesView.class);
        test(toggle()).click();
        assertThat(find(Checkbox.class).withId("closing-to-approve").all()).isEmpty();
        assertThat(find(MultiSelectComboBox.class).all()).hasSize(1);
    }

    @Test
    void theButtonAndTheClearActionSpeakFrenchAndEnglish() {
        signInAs("lotte");
        for (var language : new Object[][] {{TranslationProvider.FRENCH, "Filtres (1)", "Effacer les filtres"},
                {TranslationProvider.ENGLISH, "Filters (1)", "Clear filters"}}) {
            VaadinSession.getCurrent().setLocale((Locale) language[0]);
            UI.getCurrent().setLocale((Locale) language[0]);
            navigate("", com.vaadin.flow.component.Component.class);
            UI.getCurrent().navigate("cases", QueryParameters.fromString("harm=DEEPFAKE"));

            assertThat(toggle().getText()).isEqualTo(language[1]);
            assertThat(find(Button.class).withId("case-filters-clear").single().getText()).isEqualTo(language[2]);
            assertThat(find(CaseFilterPanel.class).single().getElement().getAttribute("aria-label"))
                    .isEqualTo(((String) language[1]).replace(" (1)", ""));
        }
    }

    @Test
    void sixColumnsWithTheOpeningDateUnderTheReferenceAndWhatHappenedUnderTheAlias() {
        signInAs("lotte");
        cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Kolomtest", 17, null, 16, null, false, false,
                false, List.of()), Set.of(HarmKind.DEEPFAKE, HarmKind.SEXTORTION), null));
        UI.getCurrent().navigate("cases", QueryParameters.fromString("q=Kolomtest"));

        @SuppressWarnings("unchecked")
        Grid<CaseListItem> grid = find(Grid.class).single();
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).containsExactly("Referentie",
                "Alias · wat er gebeurd is", "Status", "Prioriteit", "Vertrouwenspersoon", "Laatste activiteit");
        // Sorting by reference is sorting by opening: references are handed out as cases are opened.
        assertThat(grid.getColumns().get(0).getSortOrder(SortDirection.ASCENDING).findFirst().orElseThrow()
                .getSorted()).isEqualTo("reference");
        CaseListItem row = test(grid).getRow(0);
        assertThat(cell(grid, 0, "opened", row)).isEqualTo("geopend " + Formats.date(
                java.time.LocalDate.ofInstant(row.openedAt(), HelplineZone.ZONE), TranslationProvider.DUTCH));
        assertThat(cell(grid, 0, "reference", row)).isEqualTo(row.reference());
        assertThat(cell(grid, 1, "alias", row)).isEqualTo("Kolomtest");
        assertThat(cell(grid, 1, "minor", row)).isEqualTo("Minderjarig");
        assertThat(cell(grid, 1, "harms", row)).isEqualTo("Deepfake-naaktbeeld, Sextortion");
    }

    @Test
    void newCaseIsALinkToTheIntakeNotAButton() {
        signInAs("lotte");
        navigate(CasesView.class);

        Html link = find(Html.class).all().stream().filter(h -> "a".equals(h.getElement().getTag())
                && h.getInnerHtml().contains("Nieuw dossier")).findFirst().orElseThrow();
        assertThat(link.getElement().getAttribute("href")).isEqualTo("cases/new");
        assertThat(link.getElement().getAttribute("router-link")).isNotNull();
        assertThat(find(Button.class).withText("Nieuw dossier").all()).isEmpty();
    }

    private static String cell(Grid<CaseListItem> grid, int column, String property, CaseListItem row) {
        @SuppressWarnings("unchecked")
        var renderer = (LitRenderer<CaseListItem>) grid.getColumns().get(column).getRenderer();
        return String.valueOf(renderer.getValueProviders().get(property).apply(row));
    }

    private Button toggle() {
        return find(Button.class).withId("case-filters-toggle").single();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
