package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The paths that matter most, in a real browser: signing in per role, failing to, signing out, errors. */
class SignInIT extends BrowserTest {

    static Stream<Arguments> demoAccountsAndTheirMenus() {
        List<String> caseWork = List.of("Start", "Mijn werk", "Dossiers", "Resultaten platformen", "Werklast",
                "Trends dossiers", "Contacten", "Mijn account");
        return Stream.of(
                Arguments.of("lotte", "Vertrouwenspersoon · Team Gent", caseWork),
                // Supervisors review their team's break-the-glass openings (decision 022).
                Arguments.of("sofie", "Supervisor · Team Gent", List.of("Start", "Mijn werk", "Dossiers",
                        "Noodtoegang nakijken", "Resultaten platformen", "Werklast", "Trends dossiers", "Contacten",
                        "Mijn account")),
                Arguments.of("nadia", "Medewerker instituut", List.of("Start", "Escalaties", "Resultaten platformen",
                        "Transparantierapport", "Mijn account")),
                Arguments.of("admin", "Beheerder", List.of("Start", "Resultaten platformen", "Werklast",
                        "Trends dossiers", "Transparantierapport", "Contacten",
                        "Gebruikers", "Teams",
                        "Audittrail", "Auditketen", "Platformen", "Bewaartermijn", "Doorverwijsgids", "Adviesstappen",
                        "Mijn account")));
    }

    @ParameterizedTest(name = "{0} signs in and sees {2}")
    @MethodSource("demoAccountsAndTheirMenus")
    void eachDemoAccountSignsInAndSeesOnlyItsOwnMenu(String username, String roleLine, List<String> menu) {
        signIn(username);

        var items = page.locator("vaadin-side-nav-item");
        assertThat(items).hasCount(menu.size());
        assertThat(items.allInnerTexts().stream().map(String::strip).toList()).containsExactlyElementsOf(menu);
        assertThat(page.getByText(roleLine, new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'LOGIN' and actor = ? and outcome = 'SUCCESS'",
                Long.class, username)).isPositive();
    }

    @Test
    void aCounsellorStartsTheDayOnMyWorkAndHomeIsOneClickAway() {
        signIn("karim");
        assertThat(page).hasURL(Pattern.compile(".*/my-work$"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start")).click();
        assertThat(page.getByText("Welkom, Karim El Idrissi")).isVisible();
    }

    @Test
    void anAdministratorStartsOnTheHomePage() {
        signIn("admin");
        assertThat(page).hasURL(Pattern.compile(".*:\\d+/$"));
        assertThat(page.getByText("Welkom, Alex Maes")).isVisible();
    }

    @Test
    void aWrongPasswordShowsOneGenericMessageAndIsAudited() {
        long before = failedLogins();
        openLogin();

        fillAndSubmit("lotte", "not the right password");

        assertThat(page.getByText("Aanmelden mislukt")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(failedLogins()).isEqualTo(before + 1);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWithTheSameMessage() {
        try {
            openLogin();
            for (int i = 0; i < 5; i++) {
                fillAndSubmit("ines", "not the right password");
                assertThat(page.getByText("Aanmelden mislukt")).isVisible();
            }

            fillAndSubmit("ines", DEMO_PASSWORD);

            assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
            assertThat(page.getByText("Aanmelden mislukt")).isVisible();
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_event
                    where action = 'LOGIN_FAILED' and actor = 'ines' and detail = 'sign-in-locked:account'""",
                    Long.class)).isOne();
        } finally {
            // The other browser tests share this application and its client address.
            jdbc.update("delete from sign_in_throttle");
        }
    }

    @Test
    void signingOutReturnsToTheLoginPage() {
        signIn("lotte");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afmelden")).click();

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden"))).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGOUT' and actor = 'lotte'",
                Long.class)).isPositive();
    }

    @Test
    void anAnonymousVisitorOfASecuredPageEndsOnTheLoginPage() {
        page.navigate(url("/admin/users"));

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Gebruikersnaam"))).isVisible();
    }

    @Test
    void aForcedErrorShowsAReferenceButNoExceptionText() {
        signIn("lotte");

        page.navigate(url("/test/explode"));

        assertThat(page.getByText("Er ging iets mis")).isVisible();
        assertThat(page.getByText(Pattern.compile("Referentie: [0-9A-F]{8}"))).isVisible();
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("SECRET", "Exception", "select", "org.");
    }

    @Test
    void anUnknownPageTellsASignedInUserItWasNotFound() {
        signIn("karim");

        page.navigate(url("/this/page/does/not/exist"));

        assertThat(page.getByText("Pagina niet gevonden")).isVisible();
        assertThat(page.locator("body")).not().containsText("admin/users");
    }

    @Test
    void theAdministratorLandsOnAWorkingShellWorthAScreenshot() {
        signIn("admin");
        page.navigate(url("/admin/users"));

        assertThat(page.locator("vaadin-grid")).isVisible();
        assertThat(page.getByText("Lotte Peeters")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/users.png")));
    }


    private long failedLogins() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED' and actor = 'lotte'",
                Long.class);
    }
}
