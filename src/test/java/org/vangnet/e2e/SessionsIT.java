package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sessions (decision 039) in Chromium: the same counsellor signed in on two devices sees both on "My
 * account" and ends the other one, whose next click lands on the sign-in page; an administrator ends
 * all of her sessions, and her remaining one is sent to sign in too.
 */
class SessionsIT extends BrowserTest {

    private static final Pattern LOGIN = Pattern.compile(".*/login$");

    @Test
    void aCounsellorEndsHerSessionOnAnotherDeviceAndAnAdministratorEndsTheRest() {
        signIn("karim");
        // Other browser tests signed in as karim and left their sessions open in the shared database:
        // the first device ends them, so this test counts only its own two.
        page.navigate(url("/account"));
        page.locator(".vn-sessions li").first().waitFor();
        Locator endOthers = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alle andere sessies beëindigen"));
        if (endOthers.count() > 0) {
            endOthers.click();
        }
        assertThat(page.locator(".vn-sessions li")).hasCount(1);
        Page phone = switchToAnotherDevice();
        signIn("karim");
        Page office = page;

        office.navigate(url("/account"));
        Locator sessions = office.locator(".vn-sessions");
        assertThat(sessions.locator("li")).hasCount(2);
        assertThat(sessions.locator("li").filter(new Locator.FilterOptions().setHasText("Deze sessie")))
                .containsText("Chrome");
        sessions.screenshot(new Locator.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/sessions-account.png")));
        sessions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Sessie .* beëindigen$")))
                .click();
        assertThat(office.getByText("De sessie is beëindigd.")).isVisible();
        assertThat(sessions.locator("li")).hasCount(1);

        // The phone's screen is still drawn; its next click is refused and ends on the sign-in page.
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn account")).click();
        assertThat(phone).hasURL(LOGIN);
        assertThat(phone.locator(".vn-login-session-ended")).isVisible();

        office.reload();
        assertThat(office.locator(".vn-sessions li")).hasCount(1);

        switchToAnotherDevice();
        signIn("admin");
        page.navigate(url("/admin/users"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoek op naam of gebruikersnaam")).fill("karim");
        assertThat(page.locator("vaadin-grid")).containsText("Karim El Idrissi");
        // The search filters as one types, a moment later: then hers is the only row left.
        Locator endSessions = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alle sessies beëindigen"));
        assertThat(endSessions).hasCount(1);
        // The actions column is at the grid's scrolled edge at this width: a real click can land beside it.
        endSessions.dispatchEvent("click");
        // The confirmation's buttons are children of the dialog element (its overlay is in its shadow root).
        page.locator("vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Alle sessies beëindigen")).click();
        // Her office session at least; others left open by earlier tests of this account count too.
        assertThat(page.getByText(Pattern.compile("\\d+ sessies? beëindigd"))).isVisible();

        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn account")).click();
        assertThat(office).hasURL(LOGIN);
    }
}
