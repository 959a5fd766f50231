package org.vangnet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vangnet.security.DemoSecondFactor;

/**
 * Fifty counsellors at work at once (issue 13, point 7), against the production jar with its
 * embedded database, driven at the level of Vaadin's HTTP and UIDL requests ({@link UidlClient}):
 * each signs in (password, then the authenticator code), opens the case list, then for the
 * scenario's duration opens the list (first rows), opens a case and adds a note, with one to two
 * seconds between actions, as a person clicks. Loopback only; bounded by the number of users and
 * the duration.
 *
 * <p>{@code ./mvnw -Pload verify} (after packaging the jar) starts {@code target/vangnet.jar} on a
 * free port with an empty embedded database in {@code target/load/}, adds the users (copies of the
 * demo counsellor {@code lotte}, her cases shared with each), runs, prints the figures and writes them
 * to {@code target/load/load.md}. {@code -Dload.users=50 -Dload.duration=PT2M} set its size. Fails
 * only on errors: the figures are for reading against the budget (p95 ≤ 300 ms), not asserted.
 */
class FiftyCounsellorsLoadScenario {

    private static final Path WORK = Path.of("target/load");
    private static final String PASSWORD = "vangnet-demo-2026";
    private static final List<String> ACTIONS = List.of("sign in: password", "sign in: code", "case list",
            "open case", "add note");

    private final int users = Integer.getInteger("load.users", 50);
    private final Duration duration = Duration.parse(System.getProperty("load.duration", "PT2M"));
    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> roundTrips = new ConcurrentLinkedQueue<>();
    /** The round-trips after the last user signed in: the work itself, without fifty Argon2 checks in 15 s. */
    private final ConcurrentLinkedQueue<Long> workRoundTrips = new ConcurrentLinkedQueue<>();
    private final AtomicInteger signedIn = new AtomicInteger();
    private volatile Instant allSignedInAt;
    private volatile Instant runStart;
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger notes = new AtomicInteger();

    @Test
    void fiftyCounsellorsSignInBrowseTheirCasesAndAddNotes() throws Exception {
        Files.createDirectories(WORK);
        // -Dload.url and -Dload.database-port: a Vangnet already running with its embedded database.
        String given = System.getProperty("load.url");
        int databasePort = given == null ? PackagedVangnet.freePort() : Integer.getInteger("load.database-port");
        PackagedVangnet app = given == null
                ? PackagedVangnet.start(WORK, PackagedVangnet.freePort(), databasePort, "768m") : null;
        try {
            String base = given == null ? app.base() : given;
            PackagedVangnet.awaitReady(base);
            List<Long> cases = seedUsers(databasePort);

            Instant start = Instant.now();
            runStart = start;
            Instant end = start.plus(duration);
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 1; i <= users; i++) {
                    String username = username(i);
                    long delay = i * 300L;
                    pool.submit(() -> work(base, username, delay, cases, end));
                }
            }
            Duration took = Duration.between(start, Instant.now());
            String report = report(took, app == null ? "not measured (not started here)" : PackagedVangnet.heapAfterFullCollection(app.pid()));
            System.out.println(report);
            Files.writeString(WORK.resolve("load.md"), report, StandardCharsets.UTF_8);
            assertThat(errors).as("errors during the run").isEmpty();
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    private void work(String base, String username, long delayMillis, List<Long> cases, Instant end) {
        try {
            Thread.sleep(delayMillis);
            var tab = new UidlClient(base, micros -> {
                roundTrips.add(micros);
                if (signedIn.get() == users) {
                    workRoundTrips.add(micros);
                }
            });
            time("sign in: password", () -> assertThat(tab.submitPassword(username, PASSWORD)).as("password accepted").isTrue());
            time("sign in: code", () -> {
                tab.open("sign-in/second-factor");
                tab.type("Code", DemoSecondFactor.codeAt(Instant.now()));
                tab.click("Bevestigen");
            });
            if (signedIn.incrementAndGet() == users) {
                allSignedInAt = Instant.now();
            }
            tab.open("cases");
            int round = 0;
            while (Instant.now().isBefore(end)) {
                time("case list", () -> {
                    tab.navigate("cases");
                    tab.requestRows(50);
                });
                think();
                long caseId = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
                time("open case", () -> tab.navigate("cases/" + caseId));
                think();
                String text = "Belasting " + username + " ronde " + (++round);
                time("add note", () -> {
                    tab.type("Notitie", text);
                    tab.click("Notitie toevoegen");
                    if (!tab.shows(text)) {
                        throw new IllegalStateException("the note is not on the timeline");
                    }
                });
                notes.incrementAndGet();
                think();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | AssertionError e) {
            errors.add(username + ": " + e.getMessage());
        }
    }

    /** Times one user action; a failure is counted and ends this user's run. */
    private void time(String action, Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } catch (RuntimeException | AssertionError e) {
            throw new IllegalStateException(action + " failed: " + e.getMessage(), e);
        }
        timings.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1_000);
    }

    /** A person reads before the next click: one to two seconds. */
    private static void think() throws InterruptedException {
        Thread.sleep(1_000 + ThreadLocalRandom.current().nextInt(1_000));
    }

    /**
     * The simulated counsellors: copies of the demo counsellor lotte (team, password, authenticator key),
     * each with lotte's cases shared, so that the list and the case files have something to show.
     */
    private List<Long> seedUsers(int databasePort) throws SQLException {
        try (var connection = PackagedVangnet.database(databasePort);
             var statement = connection.createStatement()) {
            statement.execute("""
                    insert into app_user (username, display_name, password_hash, role, team_id, enabled, language,
                                          created_at, password_changed_at)
                    select 'load' || lpad(g::text, 3, '0'), 'Belasting ' || g, password_hash, role, team_id, true,
                           language, now(), now()
                    from app_user cross join generate_series(1, %d) g where username = 'lotte'
                    on conflict do nothing""".formatted(users));
            statement.execute("""
                    insert into user_totp (user_id, secret, enrolled_at)
                    select u.id, t.secret, now() from app_user u
                    cross join (select secret from user_totp join app_user l on l.id = user_id
                                where l.username = 'lotte') t
                    where u.username like 'load%' on conflict do nothing""");
            statement.execute("""
                    insert into case_share (case_id, user_id, shared_at, shared_by)
                    select c.id, u.id, now(), 'lotte' from case_file c
                    join app_user l on l.id = c.counsellor_id and l.username = 'lotte'
                    cross join app_user u where u.username like 'load%' on conflict do nothing""");
            List<Long> cases = new ArrayList<>();
            try (var rows = statement.executeQuery("""
                    select c.id from case_file c join app_user l on l.id = c.counsellor_id
                    where l.username = 'lotte' order by c.id""")) {
                while (rows.next()) {
                    cases.add(rows.getLong(1));
                }
            }
            assertThat(cases).as("the demo counsellor's cases").isNotEmpty();
            return cases;
        }
    }

    private String report(Duration took, String heap) {
        var out = new StringBuilder();
        out.append("## ").append(users).append(" counsellors, ").append(duration.toSeconds())
                .append(" s of work (UIDL level, production jar, embedded database)\n\n");
        out.append("| action | count | per second | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
        for (String action : ACTIONS) {
            row(out, action, timings.getOrDefault(action, new ConcurrentLinkedQueue<>()), took);
        }
        row(out, "every server round-trip", roundTrips, took);
        row(out, "every server round-trip once all had signed in", workRoundTrips, allSignedInAt == null ? took
                : took.minus(Duration.between(runStart, allSignedInAt)));
        out.append("\nNotes added: ").append(notes.get()).append("; errors: ").append(errors.size()).append('\n');
        errors.stream().limit(10).forEach(e -> out.append("- ").append(e).append('\n'));
        out.append("Heap after the run: ").append(heap).append('\n');
        return out.toString();
    }

    private static void row(StringBuilder out, String name, ConcurrentLinkedQueue<Long> micros, Duration took) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            out.append("| ").append(name).append(" | 0 | | | | | |\n");
            return;
        }
        out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f |%n", name, sorted.size(),
                sorted.size() / Math.max(1.0, took.toMillis() / 1000.0), at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99), sorted.getLast() / 1000.0));
    }

    private static double at(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    private static String username(int i) {
        return "load" + String.format(Locale.ROOT, "%03d", i);
    }
}
