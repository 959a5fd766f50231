package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Break-the-glass (decision 022) in Chromium: a counsellor of another team opens a colleague's case
 * by its number through "Noodtoegang" only with a reason long enough; without one, or with a short
 * one, the reason field says so, what was typed stays, and nothing opens or is recorded.
 */
class EmergencyAccessIT extends BrowserTest {

    private static final String REASON = "Nachtdienst: cliënt belt opnieuw in paniek, Lotte is niet bereikbaar.";

    @Test
    void aCounsellorOfAnotherTeamOpensACaseOnlyWithAReasonAndSeesTheRedBadge() {
        signIn("lotte");
        String caseFile = openNewCase("Nachtdienst");
        long caseId = Long.parseLong(caseFile.replaceAll(".*/cases/(\\d+).*", "$1"));
        String reference = jdbc.queryForObject("select reference from case_file where id = ?", String.class, caseId);

        switchToAnotherDevice();
        signIn("ines");
        page.navigate(url("/cases"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Noodtoegang")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator number = dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Dossiernummer"));
        Locator reason = dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Reden"));
        Locator open = dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dossier openen"));
        number.fill(reference);

        open.click();
        assertThat(dialog.getByText("Dit veld is verplicht.")).isVisible();

        reason.fill("Dringend");
        open.click();
        assertThat(dialog.getByText("Geef een reden van minstens 20 tekens.")).isVisible();
        assertThat(number).hasValue(reference);
        assertThat(reason).hasValue("Dringend");
        assertThat(page).hasURL(Pattern.compile(".*/cases$"));
        assertThat(openings(caseId)).isZero();

        reason.fill(REASON);
        open.click();

        assertThat(page).hasURL(caseFile);
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.locator("h2").filter(new Locator.FilterOptions().setHasText("Nachtdienst"))).isVisible();
        assertThat(page.locator(".vn-badge.vn-badge-error").filter(new Locator.FilterOptions().setHasText("Noodtoegang tot")))
                .isVisible();
        screenshot("emergency-access-badge");
        assertThat(openings(caseId)).isOne();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where object_type = 'CASE_EMERGENCY_ACCESS' and actor = 'ines'
                   and case_id = ?""", Long.class, caseId)).isOne();
        // Stored encrypted: the reason is nowhere in plain text.
        assertThat(jdbc.queryForObject("select count(*) from case_emergency_access where reason like '%Nachtdienst%'",
                Long.class)).isZero();
    }

    private long openings(long caseId) {
        return jdbc.queryForObject("""
                select count(*) from case_emergency_access
                 where case_id = ? and user_id = (select id from app_user where username = 'ines')""", Long.class, caseId);
    }
}
