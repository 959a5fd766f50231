package org.vangnet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

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
    private static final int CASES = 60;

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
            List<String> usernames = java.util.stream.IntStream.rangeClosed(1, WARM_UP + sessions)
                    .mapToObj(SessionHeapScenario::username).toList();
            var measured = SessionHeap.measure(app, usernames, WARM_UP,
                    username -> signInWithTheCaseListOpen(app.base(), username));
            if (Boolean.getBoolean("heap.dump")) {
                // -Dheap.dump=true: the live objects themselves, to see which fields keep what (decision 047).
                Path dump = WORK.resolve("heap.hprof").toAbsolutePath();
                Files.deleteIfExists(dump);
                System.out.println(app.jcmd("GC.heap_dump", dump.toString()));
            }
            String report = measured.report(route);
            System.out.println(report);
            Files.writeString(WORK.resolve("heap.md"), report, StandardCharsets.UTF_8);
            assertThat(measured.open()).hasSize(WARM_UP + sessions);
        }
    }

    private UidlClient signInWithTheCaseListOpen(String base, String username) {
        return SessionHeap.signIn(base, username, PASSWORD, route, "VN-2099-");
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

    private static String username(int i) {
        return "heap" + String.format(Locale.ROOT, "%03d", i);
    }
}
