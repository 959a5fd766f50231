package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The path a counsellor walks with a frightened 16-year-old, in a real browser: open an anonymous
 * case, find that no file can be attached, record consent, refer to Child Focus, close and reopen;
 * then a counsellor of another team tries the same link and sees nothing. The audit trail has it all.
 */
class CaseJourneyIT extends BrowserTest {

    @Test
    void aCounsellorHelpsAnAnonymous16YearOldAndAnotherTeamCannotLook() {
        signIn("lotte");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dossiers").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw dossier")).click();

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Chat")).check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Alias")).fill("Mila");
        page.getByLabel("Leeftijd nu").fill("16");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Gelekte beelden")).check();
        screenshot("new-case");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dossier openen")).click();

        var title = page.locator("h2").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(Pattern.compile("VN-\\d{4}-\\d{6} · Mila")));
        assertThat(title).isVisible();
        String reference = title.innerText().substring(0, 14);
        Long caseId = jdbc.queryForObject("select id from case_file where reference = ?", Long.class, reference);
        assertThat(page.getByText("Minderjarig", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("Child Focus: 116 000", new Page.GetByTextOptions().setExact(false))).isVisible();
        screenshot("case-file");

        tab("Bewijs");
        assertThat(page.getByText("er kan geen enkel bestand worden toegevoegd", new Page.GetByTextOptions()))
                .isVisible();
        assertThat(page.locator("vaadin-upload")).hasCount(0);
        assertThat(page.locator("input[type=file]")).hasCount(0);

        tab("Toestemming");
        page.locator(".vn-consent-row").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Melden in naam van de cliënt"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Toestemming noteren"))
                .click();
        assertThat(page.locator(".vn-consent-row").first()).containsText("Gegeven (Mondeling");

        tab("Doorverwijzingen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorverwijzen")).click();
        assertThat(page.locator(".vn-consent-row").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Child Focus (116 000)"))).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actief maken")).click();
        assertThat(page.locator(".vn-badges")).containsText("Actief");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afsluiten")).click();
        page.locator("vaadin-select").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Reden van afsluiten")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Doorverwezen")).click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Afsluiten").setExact(true)).click();
        assertThat(page.getByText("Er staat nog 1 zaak open. Toch afsluiten?")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toch afsluiten")).click();
        // A counsellor's closing waits for a supervisor: the header says that once, not "Afgesloten" beside it (#16).
        assertThat(page.locator(".vn-badges")).containsText("Afsluiting te keuren");
        assertThat(page.locator(".vn-badges")).not().containsText("Afgesloten");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Heropenen")).click();
        assertThat(page.locator(".vn-badges")).containsText("Heropend");

        tab("Tijdlijn");
        var timeline = page.locator(".vn-timeline");
        assertThat(timeline).containsText("Toestemming gegeven: Melden in naam van de cliënt (Mondeling)");
        assertThat(timeline).containsText("Doorverwezen naar Child Focus (116 000)");
        assertThat(timeline).containsText("Afgesloten (was Actief): Doorverwezen");
        assertThat(timeline).containsText("Status van Afgesloten naar Heropend");
        screenshot("timeline");

        signOut();
        signIn("ines");
        page.navigate(url("/cases/" + caseId));
        assertThat(page.getByText("Pagina niet gevonden")).isVisible();
        assertThat(page.locator("body")).not().containsText("Mila");

        assertThat(audit("CREATE", "lotte", caseId)).isEqualTo(1);
        assertThat(audit("READ", "lotte", caseId)).isPositive();
        assertThat(audit("UPDATE", "lotte", caseId)).isGreaterThanOrEqualTo(3);
        assertThat(audit("ACCESS_DENIED", "ines", caseId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from case_evidence where case_id = ? and storage_key is not null",
                Long.class, caseId)).isZero();
    }

    private long audit(String action, String actor, Long caseId) {
        return jdbc.queryForObject("""
                select count(*) from audit_event
                where action = ? and actor = ? and object_type = 'CASE' and object_id = ?""",
                Long.class, action, actor, caseId.toString());
    }

}
