package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** The intake screen as a counsellor fills it in for an adult's case by phone, shared by the browser tests. */
final class Intake {

    private Intake() {
    }

    /** Opens the case at {@code newCaseAddress} (the intake page's full address); returns the case file's address. */
    static String openNewCase(Page page, String newCaseAddress, String alias) {
        page.navigate(newCaseAddress);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Telefoon")).check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Alias")).fill(alias);
        page.getByLabel("Leeftijd nu").fill("24");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Gelekte beelden")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dossier openen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/\\d+$"));
        return page.url();
    }
}
