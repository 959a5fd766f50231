package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A counsellor shares a case with a colleague of her team, then takes it on; the colleague finds it in
 * his own case list by what it is now (decision 054: the shared half of his list is found on the share's
 * copy of the case's columns, which the case's change must reach).
 */
class SharedCaseIT extends BrowserTest {

    @Test
    void aColleagueFindsASharedCaseInHisListByItsStatusNow() {
        String alias = "Gedeeld " + System.nanoTime() % 1_000_000;
        signIn("lotte");
        openNewCase(alias);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delen met collega")).click();
        page.getByRole(AriaRole.DIALOG).getByLabel("Collega").fill("Karim");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Karim El Idrissi")).click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Delen met collega")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actief maken")).click();
        assertThat(page.locator(".vn-badges")).containsText("Actief");
        signOut();

        signIn("karim");
        String q = URLEncoder.encode(alias, StandardCharsets.UTF_8);
        page.navigate(url("/cases?q=" + q + "&status=ACTIVE"));
        assertThat(page.locator("vaadin-grid")).containsText(alias);
        assertThat(page.getByText("1 dossier", new Page.GetByTextOptions().setExact(true))).isVisible();
        screenshot("shared-case-in-colleagues-list");

        page.navigate(url("/cases?q=" + q + "&status=NEW"));
        assertThat(page.getByText("geen dossiers", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator("vaadin-grid")).not().containsText(alias);
    }
}
