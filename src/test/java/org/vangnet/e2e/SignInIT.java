package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The paths that matter most, in a real browser: signing in per role, failing to, signing out, errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInIT {

    private static final String DEMO_PASSWORD = "vangnet-demo-2026";
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext("nl-BE");
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    static Stream<Arguments> demoAccountsAndTheirMenus() {
        List<String> caseWork = List.of("Start", "Dossiers", "Resultaten platformen", "Mijn account");
        return Stream.of(
                Arguments.of("lotte", "Vertrouwenspersoon · Team Gent", caseWork),
                Arguments.of("sofie", "Supervisor · Team Gent", caseWork),
                Arguments.of("nadia", "Medewerker instituut",
                        List.of("Start", "Escalaties", "Resultaten platformen", "Mijn account")),
                Arguments.of("admin", "Beheerder", List.of("Start", "Resultaten platformen", "Gebruikers", "Teams",
                        "Audittrail", "Platformen", "Mijn account")));
    }

    @ParameterizedTest(name = "{0} signs in and sees {2}")
    @MethodSource("demoAccountsAndTheirMenus")
    void eachDemoAccountSignsInAndSeesOnlyItsOwnMenu(String username, String roleLine, List<String> menu) {
        signIn(username, DEMO_PASSWORD);

        var items = page.locator("vaadin-side-nav-item");
        assertThat(items).hasCount(menu.size());
        assertThat(items.allInnerTexts().stream().map(String::strip).toList()).containsExactlyElementsOf(menu);
        assertThat(page.getByText(roleLine, new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'LOGIN' and actor = ? and outcome = 'SUCCESS'",
                Long.class, username)).isPositive();
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
    void signingOutReturnsToTheLoginPage() {
        signIn("lotte", DEMO_PASSWORD);

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
        signIn("lotte", DEMO_PASSWORD);

        page.navigate(url("/test/explode"));

        assertThat(page.getByText("Er ging iets mis")).isVisible();
        assertThat(page.getByText(Pattern.compile("Referentie: [0-9A-F]{8}"))).isVisible();
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("SECRET", "Exception", "select", "org.");
    }

    @Test
    void anUnknownPageTellsASignedInUserItWasNotFound() {
        signIn("karim", DEMO_PASSWORD);

        page.navigate(url("/this/page/does/not/exist"));

        assertThat(page.getByText("Pagina niet gevonden")).isVisible();
        assertThat(page.locator("body")).not().containsText("admin/users");
    }

    @Test
    void theAdministratorLandsOnAWorkingShellWorthAScreenshot() {
        signIn("admin", DEMO_PASSWORD);
        page.navigate(url("/admin/users"));

        assertThat(page.locator("vaadin-grid")).isVisible();
        assertThat(page.getByText("Lotte Peeters")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/users.png")));
    }

    private void signIn(String username, String password) {
        openLogin();
        fillAndSubmit(username, password);
        assertThat(page.locator("vaadin-side-nav")).isVisible();
    }

    private void openLogin() {
        page.navigate(url("/login"));
    }

    private void fillAndSubmit(String username, String password) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Gebruikersnaam")).fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Wachtwoord")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
    }

    private long failedLogins() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED' and actor = 'lotte'",
                Long.class);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
