package org.vangnet.bench;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vangnet.security.DemoSecondFactor;

/**
 * {@link BrowserTimings} against any running Vangnet; prints the table and writes it to
 * {@code target/benchmark/browser.md}.
 *
 * <pre>
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VANGNET_CHROMIUM=/usr/bin/chromium ./mvnw -Pbenchmark verify \
 *     -Dtest=BrowserTimingsBenchmark -Dbrowser.url=http://localhost:8080
 * </pre>
 *
 * {@code browser.counsellor} and {@code browser.supervisor} name the accounts (default the demo's lotte and
 * sofie), {@code browser.password} and {@code browser.totp-secret} their password and authenticator key (the
 * demo's by default), {@code browser.runs} the measured runs after two warm-up loads (default 10). Without
 * {@code browser.url} it does not run: the million-case run times its own server instead.
 */
class BrowserTimingsBenchmark {

    private static final Path OUT = Path.of("target/benchmark/browser.md");

    @Test
    void timeToRowsVisible() throws IOException {
        String base = System.getProperty("browser.url", "");
        assumeThat(base).as("-Dbrowser.url: the Vangnet to time").isNotBlank();
        var timings = new BrowserTimings(base, System.getProperty("browser.password", "vangnet-demo-2026"),
                System.getProperty("browser.totp-secret", DemoSecondFactor.SECRET), Integer.getInteger("browser.runs", 10));
        String report = timings.report(timings.timeScreens(System.getProperty("browser.counsellor", "lotte"),
                System.getProperty("browser.supervisor", "sofie")));
        System.out.println(report);
        Files.createDirectories(OUT.getParent());
        Files.writeString(OUT, report, StandardCharsets.UTF_8);
    }
}
