package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In a real browser: what a counsellor types on one tab of the case file and has not saved yet is
 * still there after a change made on another tab (issue 12). The case file no longer draws itself
 * again after each change; the tabs catch up instead.
 */
class CaseFileKeepsTypingIT extends BrowserTest {

    @Test
    void aNoteBeingTypedSurvivesAStatusChangeAndAnUnsavedSummarySurvivesANote() {
        signIn("lotte");
        page.navigate(url("/cases/new"));
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Telefoon")).check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Alias")).fill("Typt nog");
        page.getByLabel("Leeftijd nu").fill("24");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Gelekte beelden")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dossier openen")).click();
        assertThat(page.locator("h2")).containsText(Pattern.compile("VN-\\d{4}-\\d{6} · Typt nog"));

        Locator note = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Notitie").setExact(true));
        note.fill("Cliënt belt morgen terug");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actief maken")).click();
        assertThat(page.locator(".vn-badges")).containsText("Actief");
        assertThat(note).hasValue("Cliënt belt morgen terug");
        assertThat(page.locator(".vn-timeline")).containsText("Status van Nieuw naar Actief");

        tab("Cliënt");
        Locator summary = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Korte samenvatting"));
        summary.fill("Beelden gedeeld in een groepschat");
        tab("Tijdlijn");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notitie toevoegen")).click();
        assertThat(page.locator(".vn-timeline .vn-note-body")).containsText("Cliënt belt morgen terug");
        assertThat(note).hasValue("");
        tab("Cliënt");
        assertThat(summary).hasValue("Beelden gedeeld in een groepschat");
        screenshot("case-file-keeps-typing");
    }

    @Test
    void switchingLanguageHalfwayThroughTheIntakeKeepsWhatWasTyped() {
        signIn("lotte");
        try {
            page.navigate(url("/cases/new"));
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Telefoon")).check();
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Alias")).fill("Halverwege");
            page.getByLabel("Leeftijd nu").fill("24");
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Gelekte beelden")).check();
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Korte samenvatting"))
                    .fill("Gedeeld op school");
            // The summary is sent after a pause in typing (its counter shows the server has it), as a
            // person's move to the language choice would allow.
            assertThat(page.locator(".vn-counter").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("\\b17\\b")))).hasCount(1);

            page.locator("vaadin-select.vn-language").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Français")).click();

            Locator summary = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Bref résumé"));
            assertThat(summary).hasValue("Gedeeld op school");
            assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Alias")))
                    .hasValue("Halverwege");
            assertThat(page.getByLabel("Âge actuel")).hasValue("24");
            assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Images diffusées")))
                    .isChecked();
            assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Téléphone"))).isChecked();
            // The values reached the server too, not only the page: the case opens with them.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir le dossier")).click();
            assertThat(page.locator("h2")).containsText(Pattern.compile("VN-\\d{4}-\\d{6} · Halverwege"));
        } finally {
            jdbc.update("update app_user set language = null where username = 'lotte'");
        }
    }
}
