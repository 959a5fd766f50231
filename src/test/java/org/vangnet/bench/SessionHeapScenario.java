package org.vangnet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vangnet.security.DemoSecondFactor;

/**
 * The live heap each signed-in session costs with the case list open (issue 11: budget 150 kB), on the
 * production jar with its embedded database (decision 043). Counsellors sign in at the level of Vaadin's
 * HTTP and UIDL requests ({@link UidlClient}: password, authenticator code, the code page left as a
 * browser leaves it), open the case list and let the grid fetch its first page of 50 rows, and stay
 * signed in. The class histogram of live objects (a full collection first) is taken with a few warm-up
 * sessions open and again after {@code heap.sessions} more; the difference divided by their number is
 * the figure, printed with the classes that grew most and written to {@code target/heap/heap.md}.
 *
 * <p>{@code ./mvnw -Pheap verify} packages the jar and runs only this. Each counsellor sees the same 60
 * cases (copies of a demo case shared with them), so every list has a full first page, as at a million
 * cases. Not a test of behaviour: it fails only when a session cannot be opened.
 */
class SessionHeapScenario {

    private static final Path WORK = Path.of("target/heap");
    private static final String PASSWORD = "vangnet-demo-2026";
    private static final int WARM_UP = 3;
    private static final String SOCKET = "org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper";
    private static final int CASES = 60;
    private static final String FILLER = "[Ljdk.internal.vm.FillerElement;";
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    private final int sessions = Integer.getInteger("heap.sessions", 30);
    /** Another route (e.g. the empty one: the home page) to see what a session costs without the list. */
    private final String route = System.getProperty("heap.route", "cases");

    @Test
    void liveHeapPerSignedInSessionWithTheCaseListOpen() throws Exception {
        int port = Integer.getInteger("heap.port", 0);
        int databasePort = Integer.getInteger("heap.database-port", 0);
        try (var app = PackagedVangnet.start(WORK, port > 0 ? port : PackagedVangnet.freePort(),
                databasePort > 0 ? databasePort : PackagedVangnet.freePort(), "768m")) {
            app.awaitReady();
            seed(app);
            // Kept open to the end: the first sessions fill what every later one shares (classes, caches).
            List<UidlClient> open = new ArrayList<>();
            for (int i = 1; i <= WARM_UP; i++) {
                open.add(signInWithTheCaseListOpen(app.base(), username(i)));
            }
            var before = histogramWithoutOpenConnections(app);
            for (int i = WARM_UP + 1; i <= WARM_UP + sessions; i++) {
                open.add(signInWithTheCaseListOpen(app.base(), username(i)));
            }
            var after = histogramWithoutOpenConnections(app);
            if (Boolean.getBoolean("heap.dump")) {
                // -Dheap.dump=true: the live objects themselves, to see which fields keep what (decision 047).
                Path dump = WORK.resolve("heap.hprof").toAbsolutePath();
                Files.deleteIfExists(dump);
                System.out.println(app.jcmd("GC.heap_dump", dump.toString()));
            }
            String report = report(before, after);
            System.out.println(report);
            Files.writeString(WORK.resolve("heap.md"), report, StandardCharsets.UTF_8);
            assertThat(open).hasSize(WARM_UP + sessions);
        }
    }

    private UidlClient signInWithTheCaseListOpen(String base, String username) {
        var tab = new UidlClient(base, micros -> { });
        assertThat(tab.submitPassword(username, PASSWORD)).as("password of " + username).isTrue();
        tab.open("sign-in/second-factor");
        tab.type("Code", DemoSecondFactor.codeAt(Instant.now()));
        tab.click("Bevestigen");
        // The code page reloads the browser into the application: the browser's unload beacon closes it.
        tab.unload();
        tab.open(route);
        if (route.equals("cases")) {
            tab.requestRows(50);
            assertThat(tab.answered("VN-2099-")).as("the case list of " + username + " shows its cases").isTrue();
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

    /**
     * The counsellors (copies of the demo counsellor lotte: team, password, authenticator key) and 60
     * copies of one of lotte's cases, each shared with every one of them.
     */
    private void seed(PackagedVangnet app) throws SQLException {
        try (var connection = app.database(); var statement = connection.createStatement()) {
            statement.execute("""
                    insert into app_user (username, display_name, password_hash, role, team_id, enabled, language,
                                          created_at, password_changed_at)
                    select 'heap' || lpad(g::text, 3, '0'), 'Geheugen ' || g, password_hash, role, team_id, true,
                           language, now(), now()
                    from app_user cross join generate_series(1, %d) g where username = 'lotte'""".formatted(
                    WARM_UP + sessions));
            statement.execute("""
                    insert into user_totp (user_id, secret, enrolled_at)
                    select u.id, t.secret, now() from app_user u
                    cross join (select secret from user_totp join app_user l on l.id = user_id
                                where l.username = 'lotte') t
                    where u.username like 'heap%'""");
            List<String> columns = new ArrayList<>();
            try (var rows = statement.executeQuery("""
                    select column_name from information_schema.columns
                    where table_name = 'case_file' and column_name not in ('id', 'reference') and is_generated = 'NEVER'
                    order by ordinal_position""")) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
            String list = String.join(", ", columns);
            statement.execute("""
                    insert into case_file (reference, %1$s)
                    select 'VN-2099-' || lpad(g::text, 6, '0'), %1$s
                    from case_file cross join generate_series(1, %2$d) g
                    where id = (select min(c.id) from case_file c join app_user l on l.id = c.counsellor_id
                                where l.username = 'lotte')""".formatted(list, CASES));
            statement.execute("""
                    insert into case_harm (case_id, kind)
                    select id, 'LEAKED_IMAGES' from case_file where reference like 'VN-2099-%'""");
            statement.execute("""
                    insert into case_share (case_id, user_id, shared_at, shared_by)
                    select c.id, u.id, now(), 'lotte' from case_file c cross join app_user u
                    where c.reference like 'VN-2099-%' and u.username like 'heap%'""");
        }
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

    private String report(Map<String, long[]> before, Map<String, long[]> after) {
        long all = after.values().stream().mapToLong(c -> c[1]).sum() - before.values().stream().mapToLong(c -> c[1]).sum();
        // The collector's filler arrays plug unused space in the heap's regions; they are no object anybody keeps,
        // and their share varied by up to 3 kB a session between identical runs (decision 049).
        long filler = after.getOrDefault(FILLER, new long[2])[1] - before.getOrDefault(FILLER, new long[2])[1];
        long total = all - filler;
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "## Live heap per signed-in session on /%s%n%n"
                        + "%d sessions (after %d warm-up sessions), each on /%s (the case list: with its first 50 rows): "
                        + "**%.1f kB per session** (%.1f MB in all; budget with the case list open: 150 kB). "
                        + "With the collector's filler arrays (no objects): %.1f kB.%n%n",
                route, sessions, WARM_UP, route, total / 1024.0 / sessions, total / 1024.0 / 1024.0,
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

    private static String username(int i) {
        return "heap" + String.format(Locale.ROOT, "%03d", i);
    }
}
