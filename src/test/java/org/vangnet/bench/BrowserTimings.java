package org.vangnet.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.vangnet.security.DemoSecondFactor;

/**
 * The browser part of the benchmark (issue 11): time from asking for a page to its rows being visible
 * in headless Chromium, for the counsellor's case list, a case file and the supervisor's case trends,
 * against a running Vangnet. Each account signs in once (password, then the authenticator code); every
 * run then loads the page afresh in a new tab, as a user opening it from a link does, and waits for the
 * first row, the case's header or the trends table. Chromium is the system's ({@code VANGNET_CHROMIUM},
 * /usr/bin/chromium); Playwright never downloads one here. Used by {@link BrowserTimingsBenchmark} (any
 * running Vangnet) and by {@link MillionCasesBenchmark} (its own server on the million cases).
 */
final class BrowserTimings {

    private static final List<String> QUIET_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");
    private static final int WARM_UP = 2;
    private static final Path SCREENSHOTS = Path.of("target/benchmark");

    private final String base;
    private final String password;
    private final String secret;
    private final int runs;

    BrowserTimings(String base, String password, String secret, int runs) {
        this.base = base;
        this.password = password;
        this.secret = secret;
        this.runs = runs;
    }

    /** One screen timed: its name, who opens it, and the address and the element that means "rows visible". */
    private record Screen(String name, String user, Function<Page, String> address, Function<Page, Locator> shown) {
    }

    /** The table rows ("| screen | user | median | p95 | runs |"), one per screen. */
    List<String> timeScreens(String counsellor, String supervisor) {
        var screens = List.of(
                new Screen("case list, first rows", counsellor, p -> "/cases", BrowserTimings::firstCaseLink),
                new Screen("case file, header and status", counsellor, BrowserTimings::firstCaseAddress,
                        p -> p.locator(".vn-badges").first()),
                new Screen("case trends, table rows", supervisor, p -> "/reporting/trends",
                        p -> p.locator("#trends-table vaadin-grid-cell-content")
                                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\d"))).first()));
        var results = new ArrayList<String>();
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             var browser = launch(playwright)) {
            for (String user : List.of(counsellor, supervisor)) {
                try (var context = signedIn(browser, user)) {
                    for (Screen screen : screens.stream().filter(s -> s.user().equals(user)).toList()) {
                        results.add(time(context, screen));
                    }
                }
            }
        }
        return results;
    }

    /** The rows as a table with a heading naming what was timed. */
    String report(List<String> rows) {
        return "## Browser: time to rows visible (" + base + ", " + Instant.now() + ")\n\n"
                + "| screen | user | median ms | p95 ms | runs (ms) |\n|---|---|---:|---:|---|\n"
                + String.join("", rows);
    }

    private String time(BrowserContext context, Screen screen) {
        String address;
        try (var probe = new Tab(context)) {
            address = screen.address().apply(probe.page);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + runs; i++) {
            try (var tab = new Tab(context)) {
                long start = System.nanoTime();
                tab.page.navigate(base + address, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
                screen.shown().apply(tab.page).waitFor();
                if (i >= WARM_UP) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                if (i == WARM_UP + runs - 1) {
                    // What the clock stopped on, to look at: target/benchmark/<screen>.png.
                    tab.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                            screen.name().replaceAll("[^a-z]+", "-") + ".png")));
                }
            }
        }
        List<Double> sorted = millis.stream().sorted().toList();
        return String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %s |%n", screen.name(), screen.user(),
                at(sorted, 0.50), at(sorted, 0.95),
                String.join(" ", millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList()));
    }

    /** The address of the first case in the user's list. */
    private static String firstCaseAddress(Page page) {
        page.navigate("/cases");
        return "/" + firstCaseLink(page).getAttribute("href");
    }

    private static Locator firstCaseLink(Page page) {
        return page.locator("vaadin-grid-cell-content a[href*='cases/']").first();
    }

    private BrowserContext signedIn(Browser browser, String username) {
        var context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-BE").setViewportSize(1280, 800)
                .setBaseURL(base));
        context.setDefaultTimeout(60_000);
        var page = context.newPage();
        page.navigate(base + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Gebruikersnaam")).fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Wachtwoord")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Code"))
                .fill(DemoSecondFactor.codeAt(secret, Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen")).click();
        page.locator("vaadin-side-nav").waitFor();
        page.close();
        return context;
    }

    private static Browser launch(Playwright playwright) {
        var launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(QUIET_FLAGS);
        Optional.ofNullable(System.getenv("VANGNET_CHROMIUM")).or(() -> Optional.of("/usr/bin/chromium"))
                .map(Path::of).filter(Files::isExecutable).ifPresent(launch::setExecutablePath);
        return playwright.chromium().launch(launch);
    }

    private static double at(List<Double> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    /** A new tab of a signed-in browser profile, closed after use. */
    private static final class Tab implements AutoCloseable {
        final Page page;

        Tab(BrowserContext context) {
            page = context.newPage();
        }

        @Override
        public void close() {
            page.close();
        }
    }
}
