package org.vangnet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.vangnet.security.DemoSecondFactor;

/**
 * What signed-in sessions cost on a running production jar (issue 11: 150 kB each with the case list
 * open; decisions 047 and 049): counsellors sign in at the level of Vaadin's HTTP and UIDL requests
 * ({@link UidlClient}), open a route, and stay signed in; the class histogram of live objects (a full
 * collection first) is compared before and after. Used by {@link SessionHeapScenario} (a fresh jar
 * with the demo data) and {@link MillionCasesBenchmark} (the jar on the million cases).
 */
final class SessionHeap {

    private static final String SOCKET = "org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper";
    private static final String FILLER = "[Ljdk.internal.vm.FillerElement;";
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    private SessionHeap() {
    }

    /** The live objects before and after the measured sessions, and every tab signed in, still open. */
    record Sessions(Map<String, long[]> before, Map<String, long[]> after, int warmUp, int measured,
                    List<UidlClient> open) {

        double kilobytesPerSession() {
            return SessionHeap.kilobytesPerSession(before, after, measured);
        }

        String report(String route) {
            return SessionHeap.report(before, after, measured, warmUp, route);
        }
    }

    /**
     * Signs in the first {@code warmUp} of {@code usernames} (they fill what every later session shares:
     * classes, caches), takes the histogram, signs in the others, takes it again. Every tab is kept open
     * to the end.
     */
    static Sessions measure(PackagedVangnet app, List<String> usernames, int warmUp, Function<String, UidlClient> signIn) {
        List<UidlClient> open = new ArrayList<>();
        usernames.subList(0, warmUp).forEach(username -> open.add(signIn.apply(username)));
        var before = histogramWithoutOpenConnections(app);
        usernames.subList(warmUp, usernames.size()).forEach(username -> open.add(signIn.apply(username)));
        var after = histogramWithoutOpenConnections(app);
        return new Sessions(before, after, warmUp, usernames.size() - warmUp, open);
    }

    /**
     * Signs in with the password and the demo's authenticator key (the code page left as a browser leaves
     * it), opens the route, and on the case list lets the grid fetch its first 50 rows, which must hold
     * {@code rowText}. Returns the open tab.
     */
    static UidlClient signIn(String base, String username, String password, String route, String rowText) {
        var tab = new UidlClient(base, micros -> { });
        assertThat(tab.submitPassword(username, password)).as("password of " + username).isTrue();
        tab.open("sign-in/second-factor");
        tab.type("Code", DemoSecondFactor.codeAt(Instant.now()));
        tab.click("Bevestigen");
        // The code page reloads the browser into the application: the browser's unload beacon closes it.
        tab.unload();
        tab.open(route);
        if (route.equals("cases")) {
            tab.requestRows(50);
            assertThat(tab.answered(rowText)).as("the case list of " + username + " shows its cases").isTrue();
        }
        // Each HTTP connection costs Tomcat about 16 kB of buffers while it is open: a cost per connection, not
        // per session (a browser's idle connection closes after a minute, its session stays for hours). Kept
        // open, they counted one connection's buffers per session (decision 047).
        tab.disconnect();
        return tab;
    }

    /**
     * The histogram once Tomcat holds no connection: it notices a close a moment later, and an idle one left
     * open elsewhere is closed after its keep-alive time (a minute).
     */
    private static Map<String, long[]> histogramWithoutOpenConnections(PackagedVangnet app) {
        var histogram = new AtomicReference<Map<String, long[]>>();
        await("Tomcat closing the counsellors' connections").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    histogram.set(histogram(app));
                    return histogram.get().getOrDefault(SOCKET, new long[1])[0] == 0;
                });
        return histogram.get();
    }

    /** Live objects per class after a full collection: instances and bytes. */
    private static Map<String, long[]> histogram(PackagedVangnet app) throws Exception {
        String output = app.jcmd("GC.class_histogram");
        Map<String, long[]> classes = new HashMap<>();
        for (String line : output.lines().toList()) {
            var row = HISTOGRAM_ROW.matcher(line);
            if (row.matches()) {
                classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        assertThat(classes).as("the class histogram of the application").isNotEmpty();
        return classes;
    }

    /** Bytes per session between the two histograms, without the collector's filler arrays. */
    private static double kilobytesPerSession(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        return (total(after) - total(before) - filler(before, after)) / 1024.0 / sessions;
    }

    /** The figure and the 30 classes that grew most, per session, as Markdown. */
    private static String report(Map<String, long[]> before, Map<String, long[]> after, int sessions, int warmUp, String route) {
        long all = total(after) - total(before);
        // The collector's filler arrays plug unused space in the heap's regions; they are no object anybody keeps,
        // and their share varied by up to 3 kB a session between identical runs (decision 049).
        long withoutFiller = all - filler(before, after);
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "## Live heap per signed-in session on /%s%n%n"
                        + "%d sessions (after %d warm-up sessions), each on /%s (the case list: with its first 50 rows): "
                        + "**%.1f kB per session** (%.1f MB in all; budget with the case list open: 150 kB). "
                        + "With the collector's filler arrays (no objects): %.1f kB.%n%n",
                route, sessions, warmUp, route, withoutFiller / 1024.0 / sessions, withoutFiller / 1024.0 / 1024.0,
                all / 1024.0 / sessions));
        out.append("| class | instances per session | bytes per session |\n|---|---:|---:|\n");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(30)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f |%n", e.getKey(),
                        e.getValue()[0] / (double) sessions, e.getValue()[1] / (double) sessions)));
        return out.toString();
    }

    private static long total(Map<String, long[]> histogram) {
        return histogram.values().stream().mapToLong(c -> c[1]).sum();
    }

    private static long filler(Map<String, long[]> before, Map<String, long[]> after) {
        return after.getOrDefault(FILLER, new long[2])[1] - before.getOrDefault(FILLER, new long[2])[1];
    }
}
