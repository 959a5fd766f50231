package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.testsupport.SignedIn;

/**
 * A counsellor who uses no mouse: sign in, find a case in the list and open it with Enter, switch
 * tabs, add a note, and plan a follow-up in its dialog, with Tab, arrows, Enter and typing only. Each step waits for the
 * focus to land where it should; a trap or a missing stop fails the test.
 */
class KeyboardJourneyIT extends BrowserTest {

    /** The element that really has the focus, through shadow roots, and whether it or a host matches. */
    private static final String FOCUS_MATCHES = """
            (selector) => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              for (let e = a; e; e = e.parentElement || (e.getRootNode && e.getRootNode().host)) {
                if (e.matches && e.matches(selector)) return true;
              }
              return false;
            }""";
    private static final String FOCUS_TEXT = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              return a ? (a.textContent || '').trim() : '';
            }""";
    private static final String FOCUS_ON_ROW = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              return !!(a && a.part && (a.part.contains('body-cell') || a.part.contains('body-row')));
            }""";
    private static final String FOCUS_DESCRIBED = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              return a ? a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + ' ' + (a.getAttribute('aria-label') || a.textContent || '').trim().slice(0, 40) : 'none';
            }""";

    @Autowired
    CaseService cases;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void aCounsellorDoesADaysBasicsWithTheKeyboardAlone() {
        Long caseId = new SignedIn(users, securityContext).as("lotte", () -> cases.open(new NewCase(IntakeChannel.PHONE,
                new ClientDetails("Toetsenbord", 31, null, 30, "nl", false, false, false, List.of()),
                Set.of(HarmKind.LEAKED_IMAGES), null)));

        openLogin();
        page.locator("vaadin-login-form input[name='username']").waitFor();
        page.locator("body").focus();
        tabTo("input[name='username']", 10);
        page.keyboard().type("lotte");
        page.keyboard().press("Tab");
        assertFocus("input[name='password']");
        page.keyboard().type(DEMO_PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/sign-in/second-factor.*"));
        page.locator("vaadin-text-field input").first().waitFor();
        tabTo("vaadin-text-field input", 8);
        page.keyboard().type(demoCode("lotte"));
        tabTo("vaadin-button[theme~='primary']", 4);
        page.keyboard().press("Enter");
        page.waitForURL(SIGNED_IN);

        // From the top of the page, the first stops are the menu's links: no invisible stop in between.
        page.locator("vaadin-side-nav-item[path$='cases']").waitFor();
        page.locator("body").focus();
        tabTo("vaadin-side-nav-item[path$='cases']", 12);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/cases$"));

        // Quick search narrows the list; Tab into the grid, ArrowDown to the row, Enter opens it.
        tabTo("vaadin-text-field[placeholder] input", 10);
        page.keyboard().type("Toetsenbord");
        assertThat(page.locator("vaadin-grid")).containsText("Toetsenbord");
        assertThat(page).hasURL(Pattern.compile(".*q=Toetsenbord.*"));
        // The other filters open from the button next to the search (decision 049): Enter opens them, says so
        // (aria-expanded) and puts the focus on the first of them; the rest of the way goes through them.
        var filters = page.locator("#case-filters-toggle");
        assertThat(filters).hasAttribute("aria-expanded", "false");
        tabTo("#case-filters-toggle", 4);
        page.keyboard().press("Enter");
        assertThat(filters).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#case-filters")).isVisible();
        page.waitForFunction(FOCUS_MATCHES, "#case-filters vaadin-multi-select-combo-box");
        // Into the grid by Tab, down to the row, Enter opens the case (the row's reference is its link).
        // The grid's first stop is its header; Tab again moves into the rows.
        tabTo("vaadin-grid", 30);
        for (int i = 0; i < 3 && !(Boolean) page.evaluate(FOCUS_ON_ROW); i++) {
            page.keyboard().press("Tab");
        }
        assertThat((Boolean) page.evaluate(FOCUS_ON_ROW)).as("focus on a row of the grid, was "
                + page.evaluate(FOCUS_DESCRIBED)).isTrue();
        String onRow = (String) page.evaluate(FOCUS_DESCRIBED);
        page.keyboard().press("Enter");
        try {
            page.waitForURL(Pattern.compile(".*/cases/" + caseId + "$"), new Page.WaitForURLOptions().setTimeout(15_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("Enter did not open the case; focus was on " + onRow, e);
        }
        assertThat(page.locator("h2")).containsText("Toetsenbord");

        tabTo(".vn-case-tabs vaadin-tab[selected]", 40);
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Cliënt")))
                .hasAttribute("aria-selected", "true");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Tijdlijn")))
                .hasAttribute("aria-selected", "true");

        tabTo("vaadin-text-area textarea", 10);
        page.keyboard().type("Cliënt belt vrijdag terug");
        tabTo("vaadin-button[theme~='primary']", 4);
        page.keyboard().press("Enter");
        assertThat(page.locator(".vn-timeline .vn-note-body").first()).containsText("Cliënt belt vrijdag terug");

        // Back to the tabs, arrows to "Opvolging", Enter; then plan a follow-up in its dialog by keyboard alone.
        shiftTabTo(".vn-case-tabs vaadin-tab[selected]", 40);
        int steps = (Integer) page.evaluate("""
                () => Array.from(document.querySelectorAll('.vn-case-tabs vaadin-tab'))
                    .findIndex(t => t.textContent.trim() === 'Opvolging')""");
        assertThat(steps).isPositive();
        for (int i = 0; i < steps; i++) {
            page.keyboard().press("ArrowRight");
        }
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Opvolging")))
                .hasAttribute("aria-selected", "true");
        page.locator("#schedule-follow-up").waitFor();
        tabTo("#schedule-follow-up", 25);
        page.keyboard().press("Enter");
        // Wait until the dialog has opened and placed the focus in it, so no Tab races its own focusing.
        page.locator("vaadin-dialog[opened]:not([opening])").waitFor(new com.microsoft.playwright.Locator
                .WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.waitForFunction(FOCUS_MATCHES, "vaadin-select, vaadin-dialog-overlay, vaadin-dialog");
        LocalDate tomorrow = LocalDate.now(clock.withZone(HelplineZone.ZONE)).plusDays(1);
        tabTo("vaadin-date-time-picker vaadin-date-picker input", 10);
        page.keyboard().type(tomorrow.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        // Typing opens the calendar; Enter takes the typed date and closes it. Pressed before the calendar
        // has opened, Enter is lost and the calendar then holds the Tab that follows: wait for each state.
        page.waitForFunction("() => document.querySelector('vaadin-date-time-picker vaadin-date-picker').opened");
        page.keyboard().press("Enter");
        page.waitForFunction("() => !document.querySelector('vaadin-date-time-picker vaadin-date-picker').opened");
        tabTo("vaadin-date-time-picker vaadin-time-picker input", 4);
        page.keyboard().type("10:00");
        page.keyboard().press("Enter");
        tabTo("vaadin-text-area textarea", 10);
        page.keyboard().type("Vragen of de melding binnen is");
        tabTo("vaadin-button[theme~='primary']", 6);
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
        assertThat(page.locator("vaadin-grid").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Vragen of de melding binnen is"))).hasCount(1);
    }

    /** Presses Tab until the focus is on {@code selector}; fails after {@code max} presses, naming where it was. */
    private void tabTo(String selector, int max) {
        pressUntilFocusOn("Tab", selector, max);
    }

    /** Presses Shift+Tab (backwards) until the focus is on {@code selector}. */
    private void shiftTabTo(String selector, int max) {
        pressUntilFocusOn("Shift+Tab", selector, max);
    }

    private void pressUntilFocusOn(String key, String selector, int max) {
        for (int i = 0; i <= max; i++) {
            if (focusSettlesOn(selector)) {
                return;
            }
            page.keyboard().press(key);
        }
        if (focusSettlesOn(selector)) {
            return;
        }
        throw new AssertionError("no focus on " + selector + " after " + max + " " + key + " presses; focus on "
                + page.evaluate(FOCUS_DESCRIBED));
    }

    /**
     * Whether the focus is on {@code selector}, given a moment to get there: a field a picker closes
     * next to moves the focus on the next frame, not at the key press.
     */
    private boolean focusSettlesOn(String selector) {
        try {
            page.waitForFunction(FOCUS_MATCHES, selector, new Page.WaitForFunctionOptions().setTimeout(300));
            return true;
        } catch (com.microsoft.playwright.TimeoutError notThere) {
            return false;
        }
    }

    private void assertFocus(String selector) {
        assertThat((Boolean) page.evaluate(FOCUS_MATCHES, selector)).as("focus on " + selector + ", was "
                + page.evaluate(FOCUS_DESCRIBED)).isTrue();
    }
}
