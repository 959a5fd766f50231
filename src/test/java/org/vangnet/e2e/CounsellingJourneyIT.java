package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counsellor's daily work as a new user tries it, in a real browser in Dutch: the home page's
 * referral directory, a sextortion case for a 15-year-old, a call-back logged as a second
 * conversation ("last spoken to" on the header, a line on the timeline), and a referral to Child
 * Focus picked from the directory with the number and hours to tell the client.
 */
class CounsellingJourneyIT extends BrowserTest {

    /**
     * On a loaded build machine the first screens of a fresh application take longer than
     * Playwright's default five seconds; the assertions still wait for their condition, only longer.
     */
    @BeforeAll
    static void waitLongerOnASlowMachine() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void backToTheDefaultWait() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void aMinorsCaseGetsTwoConversationsAndAReferralToChildFocusReadFromTheDirectory() {
        signIn("karim");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
        var directory = page.locator(".vn-directory");
        assertThat(directory).containsText("Doorverwijsgids");
        assertThat(directory.locator(".vn-partner-card").filter(new Locator.FilterOptions().setHasText("Child Focus")))
                .containsText("116 000");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dossiers").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw dossier")).click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Chat")).check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Alias")).fill("Noah");
        page.getByLabel("Leeftijd nu").fill("15");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Sextortion")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dossier openen")).click();
        var title = page.locator("h2").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("VN-\\d{4}-\\d{6} · Noah")));
        assertThat(title).isVisible();
        String reference = title.innerText().substring(0, 14);
        Long caseId = jdbc.queryForObject("select id from case_file where reference = ?", Long.class, reference);
        assertThat(page.locator(".vn-header-note").filter(new Locator.FilterOptions().setHasText("Laatst gesproken")))
                .isVisible();

        tab("Gesprekken");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gesprek loggen")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Kanaal")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Telefoon")).click();
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Uitgaand")).check();
        dialog.getByLabel("Duur (minuten)").fill("15");
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Korte samenvatting"))
                .fill("Teruggebeld: niet betaald, bewijs bewaard");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gesprek opslaan")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        // The case file keeps each tab it has shown (the timeline's grid comes first): the conversations' grid.
        assertThat(page.locator("vaadin-grid").filter(new Locator.FilterOptions()
                .setHasText("Teruggebeld: niet betaald, bewijs bewaard"))).hasCount(1);
        assertThat(jdbc.queryForObject("select count(*) from conversation where case_id = ?", Long.class, caseId))
                .isEqualTo(2);

        tab("Doorverwijzingen");
        var told = page.locator(".vn-referral-tell");
        assertThat(told).containsText("Wat je de cliënt zegt (Nederlands)");
        assertThat(told).containsText("Bel 116 000.");
        assertThat(told).containsText("Mails krijgen binnen 24 uur antwoord.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorverwijzen")).click();
        assertThat(page.locator(".vn-consent-row").filter(new Locator.FilterOptions()
                .setHasText("Child Focus (116 000)"))).isVisible();
        assertThat(page.locator(".vn-referral-history")).containsText("Voorgesteld");
        screenshot("referral-directory");

        tab("Tijdlijn");
        var timeline = page.locator(".vn-timeline");
        assertThat(timeline).containsText("Uitgaand gesprek via Telefoon, 15 minuten");
        assertThat(timeline).containsText("Child Focus (116 000)");
        assertThat(timeline).not().containsText("Teruggebeld");
    }
}
