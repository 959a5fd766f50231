package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.vangnet.security.DemoSecondFactor;

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
    /** Profiles set aside by {@link #switchToAnotherDevice()}, closed after the test. */
    private final List<BrowserContext> otherDevices = new CopyOnWriteArrayList<>();

    /** Any address but the second step's: where a completed sign-in goes. */
    static final Pattern SIGNED_IN = Pattern.compile("^(?!.*/sign-in/second-factor).*$");

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
        // A full page load after the second step can take longer than 5 s on a busy two-core machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** What the browser refused under the Content-Security-Policy (decision 019): each is a broken feature. */
    final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openPage() {
        context = browser.newContext("nl-BE");
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        // A refused eval is thrown, not logged.
        page.onPageError(error -> {
            if (error.contains("Content Security Policy")) {
                policyViolations.add(error);
            }
        });
    }

    @AfterEach
    void closePage() {
        otherDevices.forEach(BrowserContext::close);
        otherDevices.clear();
        context.close();
        assertThat(policyViolations).as("refused by the Content-Security-Policy").isEmpty();
    }

    /** Starts again with a fresh browser profile speaking {@code locale} (e.g. {@code fr-BE}, {@code en-GB}). */
    void switchBrowserLanguage(String locale) {
        context.close();
        context = browser.newContext(locale);
        page = context.newPage();
    }

    /**
     * Goes on in a fresh browser profile speaking Dutch, as on another device of the same person, and
     * returns the page of the one before, which stays open (its cookies, its session) until the test ends.
     */
    Page switchToAnotherDevice() {
        Page before = page;
        otherDevices.add(context);
        context = browser.newContext("nl-BE");
        page = context.newPage();
        return before;
    }

    void signIn(String username) {
        openLogin();
        fillAndSubmit(username, DEMO_PASSWORD);
        enterCode(demoCode(username));
        page.waitForURL(SIGNED_IN);
        assertThat(page.locator("vaadin-side-nav")).isVisible();
    }

    /**
     * The demo account's current authenticator code (decision 020). A code works once: the account's
     * last used step is forgotten first, as the tests sign the same account in several times within 30 seconds.
     */
    String demoCode(String username) {
        jdbc.update("update user_totp set last_used_step = null where user_id = (select id from app_user where username = ?)",
                username);
        return DemoSecondFactor.codeAt(Instant.now());
    }

    void enterCode(String code) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Code")).fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen")).click();
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

    /** Opens a new adult case by phone with the given alias, as a counsellor does at intake; returns its address. */
    String openNewCase(String alias) {
        String caseFile = Intake.openNewCase(page, url("/cases/new"), alias);
        assertThat(page.locator("h2")).containsText(alias);
        return caseFile;
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
