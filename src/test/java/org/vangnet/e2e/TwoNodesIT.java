package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.vangnet.security.DemoSecondFactor;

/**
 * Two nodes behind HAProxy, as {@code docker-compose.yml} runs them (issue 13, decisions 025 and 037),
 * on this machine: one PostgreSQL, two JVMs of the production jar built by this build
 * ({@code target/vangnet.jar}), and Debian's HAProxy with {@code ops/haproxy/haproxy.cfg} itself.
 *
 * <p>A counsellor signed in through the balancer stays on one node; a supervisor on the other node sees
 * her note; scheduled jobs run on one node at a time; when her node is killed (SIGKILL), her next click
 * reaches the other node, the sign-in page says that her session ended, and after signing in she is
 * back on the case with everything she saved, and without what she had only typed. Also, on the
 * production jar: every page carries the Content-Security-Policy and Chromium refuses nothing under it
 * (decision 019), and an administrator on one node ends the sessions a counsellor holds on the other (039).
 *
 * <p>Needs HAProxy ({@code apt-get install haproxy}; another binary through {@code VANGNET_HAPROXY}).
 * The nodes' and the balancer's output is kept in {@code target/two-nodes/} for a failure's reader.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final String PASSWORD = "vangnet-demo-2026";
    private static final String APP_PASSWORD = "two-nodes-app-password";
    private static final Path JAR = Path.of("target/vangnet.jar");
    private static final Path WORK = Path.of("target/two-nodes");
    /** Each line of Spring Boot's console log starts with its instant. */
    private static final Pattern LOG_INSTANT = Pattern.compile("^(\\S+Z)\\s");

    private static EmbeddedPostgres database;
    private static final Map<String, Node> nodes = new java.util.LinkedHashMap<>();
    private static Process balancer;
    private static int balancerPort;
    private static Browser browser;

    /** One application node: a JVM of the production jar, its port and its console log. */
    record Node(String name, int port, Process process, Path log) {

        boolean ready() {
            return TwoNodesIT.ready(port);
        }

        List<String> logLines() {
            try {
                return Files.readAllLines(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @BeforeAll
    static void startDatabaseNodesAndBalancer() throws Exception {
        Path haproxy = Path.of(System.getenv().getOrDefault("VANGNET_HAPROXY", "/usr/sbin/haproxy"));
        assertThat(Files.isExecutable(haproxy)).as("HAProxy at " + haproxy + " (apt-get install haproxy)").isTrue();
        assertThat(JAR).as("the production jar: run through ./mvnw verify, which packages it first").exists();
        Files.createDirectories(WORK.resolve("evidence"));

        database = EmbeddedPostgres.builder().start();
        try (var connection = database.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database vangnet");
            // As the compose file's init script does: the application's role owns nothing (decision 029).
            statement.execute("create role vangnet_app login password '" + APP_PASSWORD + "'");
        }
        // Both nodes start together, as after "docker compose up"; only the first creates the demo accounts.
        nodes.put("node1", startNode("node1", true));
        nodes.put("node2", startNode("node2", false));
        await("both nodes ready").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> nodes.values().stream().allMatch(Node::ready));

        balancerPort = freePort();
        var lb = new ProcessBuilder(haproxy.toString(), "-db", "-f", "ops/haproxy/haproxy.cfg")
                .redirectErrorStream(true).redirectOutput(WORK.resolve("haproxy.log").toFile());
        lb.environment().putAll(Map.of("VANGNET_LB_BIND", "127.0.0.1:" + balancerPort,
                "VANGNET_NODE1", "127.0.0.1:" + nodes.get("node1").port(),
                "VANGNET_NODE2", "127.0.0.1:" + nodes.get("node2").port()));
        balancer = lb.start();
        await("the balancer answers").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> ready(balancerPort));

        browser = new Browser();
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (balancer != null) {
            balancer.destroyForcibly();
        }
        nodes.values().forEach(node -> node.process().destroyForcibly());
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void scheduledJobsRunOnOneNodeAtATime() {
        // Both nodes try the evidence check every second; it holds its lock for at least a minute.
        String locked = "Locked 'evidence-consistency'";
        String refused = "Not executing 'evidence-consistency'. It's locked.";
        await("each node has tried the job").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> nodes.values().stream().allMatch(node ->
                        node.logLines().stream().anyMatch(l -> l.contains(locked) || l.contains(refused))));

        List<Instant> runs = new ArrayList<>();
        int refusals = 0;
        for (Node node : nodes.values()) {
            for (String line : node.logLines()) {
                if (line.contains(locked)) {
                    runs.add(instantOf(line));
                } else if (line.contains(refused)) {
                    refusals++;
                }
            }
        }
        runs.sort(null);
        assertThat(runs).as("runs of the job on either node").isNotEmpty();
        assertThat(refusals).as("times a node found the job running or just run elsewhere").isPositive();
        for (int i = 1; i < runs.size(); i++) {
            assertThat(Duration.between(runs.get(i - 1), runs.get(i))).as("time between two runs on any node")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(59));
        }
    }

    /**
     * The production jar (decision 019, checked here because the other browser tests run Vaadin's development
     * bundle): every page answers with the Content-Security-Policy, and Chromium refuses nothing under it.
     */
    @Test
    @Order(2)
    void theProductionJarsPagesCarryTheContentSecurityPolicyAndTheBrowserRefusesNothingUnderIt() {
        BrowserContext context = browser.newContext("nl-BE");
        Page page = context.newPage();
        List<String> refused = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(message.text());
            }
        });
        page.onPageError(error -> {
            if (error.contains("Content Security Policy")) {
                refused.add(error);
            }
        });
        String policy = page.navigate(balancer("/login")).headers().get("content-security-policy");
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'");

        signIn(page, "sofie");
        for (String path : List.of("/cases", "/my-work", "/account", "/reporting/trends")) {
            var response = page.navigate(balancer(path));
            assertThat(response.headers().get("content-security-policy")).as(path).isEqualTo(policy);
            assertThat(page.locator("vaadin-side-nav")).isVisible();
        }
        // The last page, the trends, draws its charts with Chart.js from the jar: a script the policy must allow.
        assertThat(page.locator(".vn-chart-canvas canvas").first()).isVisible();
        assertThat(refused).as("refused by the Content-Security-Policy").isEmpty();
        context.close();
    }

    /**
     * Decision 039: an administrator on one node ends all sessions of a counsellor held by the other node;
     * her next click there is refused and lands on the sign-in page.
     */
    @Test
    @Order(3)
    void anAdministratorOnOneNodeEndsTheSessionsOfACounsellorHeldByTheOther() {
        BrowserContext counsellor = browser.newContext("nl-BE");
        Page page = counsellor.newPage();
        signIn(page, "karim");
        String home = nodeOf(counsellor);
        String other = home.equals("node1") ? "node2" : "node1";

        BrowserContext administrator = browser.newContext("nl-BE");
        administrator.addCookies(List.of(new Cookie("VANGNET_NODE", other).setUrl(balancer("/"))));
        Page adminPage = administrator.newPage();
        signIn(adminPage, "admin");
        assertThat(nodeOf(administrator)).isEqualTo(other);
        adminPage.navigate(balancer("/admin/users"));
        adminPage.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoek op naam of gebruikersnaam"))
                .fill("karim");
        assertThat(adminPage.locator("vaadin-grid")).containsText("Karim El Idrissi");
        // The search filters as one types, a moment later: then hers is the only row left.
        Locator endSessions = adminPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alle sessies beëindigen"));
        assertThat(endSessions).hasCount(1);
        // The actions column is at the grid's scrolled edge at this width: a real click can land beside it.
        endSessions.dispatchEvent("click");
        adminPage.locator("vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Alle sessies beëindigen")).click();
        assertThat(adminPage.getByText(Pattern.compile("1 sessie beëindigd"))).isVisible();
        administrator.close();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn account")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator(".vn-login-session-ended")).isVisible();
        assertThat(nodeOf(counsellor)).as("refused by the node that held her session").isEqualTo(home);
        counsellor.close();
    }

    @Test
    @Order(4)
    void aUserStaysOnHerNodeAndAfterItDiesSignsInOnTheOtherAndIsBackOnHerCase() {
        BrowserContext counsellor = browser.newContext("nl-BE");
        Page page = counsellor.newPage();
        signIn(page, "lotte");
        String home = nodeOf(counsellor);
        String other = home.equals("node1") ? "node2" : "node1";

        String caseFile = Intake.openNewCase(page, balancer("/cases/new"), "Twee knopen");
        Locator note = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Notitie").setExact(true));
        note.fill("Bewaard op " + home);
        addNote(page);
        assertThat(page.locator(".vn-timeline .vn-note-body")).containsText("Bewaard op " + home);
        // Sticky: every page load stays on the node that holds the session (elsewhere she would be asked to sign in).
        for (String path : List.of("/cases", "/my-work", caseFile)) {
            page.navigate(path.startsWith("http") ? path : balancer(path));
            assertThat(page.locator("vaadin-side-nav")).isVisible();
        }
        assertThat(nodeOf(counsellor)).isEqualTo(home);

        // A change on one node is seen on the other: her supervisor, sent to the other node, reads the note.
        BrowserContext supervisor = browser.newContext("nl-BE");
        supervisor.addCookies(List.of(new Cookie("VANGNET_NODE", other).setUrl(balancer("/"))));
        Page supervisorPage = supervisor.newPage();
        signIn(supervisorPage, "sofie");
        assertThat(nodeOf(supervisor)).isEqualTo(other);
        supervisorPage.navigate(caseFile);
        assertThat(supervisorPage.locator(".vn-timeline .vn-note-body")).containsText("Bewaard op " + home);
        supervisor.close();

        note.fill("Getypt, nog niet bewaard");
        nodes.get(home).process().destroyForcibly();
        addNote(page);

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator(".vn-login-session-ended")).containsText("Je sessie is beëindigd");
        page.screenshot(new Page.ScreenshotOptions().setPath(WORK.resolve("session-ended.png")));
        fillAndSubmit(page, "lotte");
        enterCode(page, "lotte");
        assertThat(page).hasURL(caseFile);
        assertThat(page.locator(".vn-timeline .vn-note-body")).containsText("Bewaard op " + home);
        assertThat(page.locator(".vn-timeline")).not().containsText("Getypt, nog niet bewaard");
        assertThat(nodeOf(counsellor)).isEqualTo(other);
        counsellor.close();
    }

    private static Node startNode(String name, boolean demoAccounts) throws IOException {
        int port = freePort();
        Path log = WORK.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:postgresql://localhost:" + database.getPort() + "/vangnet",
                "--spring.datasource.username=vangnet_app", "--spring.datasource.password=" + APP_PASSWORD,
                "--spring.flyway.user=postgres", "--spring.flyway.password=",
                // The test keys of src/test/resources/config: never used anywhere else.
                "--vangnet.crypto.data-key=LruqE0q5zTwwVVkrJaQdrMVP6gJB7lBu36wvwLaE2jA=",
                "--vangnet.crypto.lookup-key=yb7CUHDPUjEoSb4yWmiyx1w/bcWfNo4XJ8zDZCosy7M=",
                "--vangnet.demo-data.enabled=" + demoAccounts, "--vangnet.demo-data.cases=false",
                "--vangnet.evidence.directory=" + WORK.resolve("evidence").toAbsolutePath(),
                "--vangnet.audit.chain-head-directory=",
                "--vangnet.evidence.check-cron=* * * * * *",
                "--logging.level.net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor=debug");
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Node(name, port, process, log);
    }

    private static void signIn(Page page, String username) {
        page.navigate(balancer("/login"));
        fillAndSubmit(page, username);
        enterCode(page, username);
        assertThat(page.locator("vaadin-side-nav")).isVisible();
    }

    private static void fillAndSubmit(Page page, String username) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Gebruikersnaam")).fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Wachtwoord")).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
    }

    /** The demo account's current code; its last used one is forgotten first (a code works once, decision 020). */
    private static void enterCode(Page page, String username) {
        try (var connection = database.getDatabase("postgres", "vangnet").getConnection();
             var statement = connection.prepareStatement("update user_totp set last_used_step = null"
                     + " where user_id = (select id from app_user where username = ?)")) {
            statement.setString(1, username);
            statement.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Code"))
                .fill(DemoSecondFactor.codeAt(Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen")).click();
    }

    private static void addNote(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notitie toevoegen")).click();
    }

    /** The node HAProxy's cookie ties this browser to. */
    private static String nodeOf(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("VANGNET_NODE")).map(c -> c.value)
                .findFirst().orElseThrow(() -> new AssertionError("no VANGNET_NODE cookie from the balancer"));
    }

    /** Whether the readiness probe at this port answers UP (a node, or the balancer in front of them). */
    private static boolean ready(int port) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String balancer(String path) {
        return "http://127.0.0.1:" + balancerPort + path;
    }

    private static Instant instantOf(String line) {
        Matcher matcher = LOG_INSTANT.matcher(line);
        assertThat(matcher.find()).as("a log line with its time: " + line).isTrue();
        return Instant.parse(matcher.group(1));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
