package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.base.crypto.FieldCipher;

/**
 * The running application on a random port and one headless Chromium per test class; each test
 * gets a fresh browser profile speaking Dutch (Belgium), as the helplines' counsellors do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "vangnet-demo-2026";
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;

    BrowserContext context;
    Page page;

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

    void signIn(String username) {
        openLogin();
        fillAndSubmit(username, DEMO_PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).isVisible();
    }

    void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afmelden")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    void openLogin() {
        page.navigate(url("/login"));
    }

    void fillAndSubmit(String username, String password) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Gebruikersnaam")).fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Wachtwoord")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
    }

    void tab(String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
