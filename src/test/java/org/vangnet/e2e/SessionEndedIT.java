package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A session that ends under a user's hands (decision 037): timed out, or lost with the node that held
 * it. The browser then talks to a server that does not know its session, as it does after a node
 * died behind the load balancer ({@code TwoNodesIT} does that for real). The user is told why they
 * must sign in again, and is brought back to the page they were on; what was saved is there, what
 * was only typed is not.
 */
class SessionEndedIT extends BrowserTest {

    @Test
    void aUserWhoseSessionEndedIsToldSoAndComesBackToTheCaseAfterSigningIn() {
        signIn("lotte");
        String caseFile = openNewCase("Sessie kwijt");
        Locator note = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Notitie").setExact(true));
        note.fill("Bewaard voor het einde");
        addNote();
        assertThat(page.locator(".vn-timeline .vn-note-body")).containsText("Bewaard voor het einde");
        note.fill("Nog niet bewaard");

        // The server no longer knows this browser's session.
        context.addCookies(List.of(new Cookie("JSESSIONID", "0000000000000000000000000000DEAD")
                .setDomain("localhost").setPath("/")));
        addNote();

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator(".vn-login-session-ended")).containsText("Je sessie is beëindigd");
        screenshot("session-ended");
        fillAndSubmit("lotte", DEMO_PASSWORD);
        enterCode(demoCode("lotte"));

        assertThat(page).hasURL(caseFile);
        assertThat(page.locator(".vn-timeline .vn-note-body")).containsText("Bewaard voor het einde");
        assertThat(page.locator(".vn-timeline")).not().containsText("Nog niet bewaard");
    }

    @Test
    void aLinkOpenedBeforeSigningInLeadsThereAfterBothStepsWithoutTheEndedSessionNotice() {
        signIn("lotte");
        String caseFile = openNewCase("Via een link");
        context.clearCookies();

        page.navigate(caseFile);

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator(".vn-login-session-ended")).hasCount(0);
        fillAndSubmit("lotte", DEMO_PASSWORD);
        enterCode(demoCode("lotte"));
        assertThat(page).hasURL(caseFile);
        assertThat(page.locator("h2")).containsText("Via een link");
    }

    private void addNote() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notitie toevoegen")).click();
    }
}
