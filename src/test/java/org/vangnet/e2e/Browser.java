package org.vangnet.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Headless Chromium for the end-to-end tests. On CI and on Debian it is the system's Chromium
 * ({@code VANGNET_CHROMIUM}, or {@code /usr/bin/chromium}); Playwright is then told never to
 * download a browser. Elsewhere, a developer's machine falls back to Playwright's own.
 */
final class Browser implements AutoCloseable {

    private static final List<String> SYSTEM_CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> QUIET_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        Optional<Path> system = systemChromium();
        Map<String, String> env = system.isPresent() ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        var launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(QUIET_FLAGS);
        system.ifPresent(launch::setExecutablePath);
        browser = playwright.chromium().launch(launch);
    }

    /** A fresh browser profile (no cookies) speaking the given language, e.g. {@code nl-BE}. */
    BrowserContext newContext(String locale) {
        var context = browser.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1280, 800));
        context.setDefaultTimeout(30_000);
        context.setDefaultNavigationTimeout(60_000);
        return context;
    }

    private static Optional<Path> systemChromium() {
        return Stream.concat(Stream.ofNullable(System.getenv("VANGNET_CHROMIUM")), SYSTEM_CHROMIUM.stream())
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
