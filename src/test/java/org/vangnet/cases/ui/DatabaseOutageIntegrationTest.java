package org.vangnet.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.testsupport.BrowserlessViewTest;

/**
 * The database stops while a counsellor works (issue 13, decision 023): Vangnet runs on a
 * PostgreSQL server of its own that this test stops and starts again on the same port and data.
 * The action fails within 5 s with the "database unreachable" message and keeps the input, nothing
 * is half-saved, the health endpoints always answer within 1 s, readiness goes DOWN and comes back,
 * and the scheduled job skips while the database is away and runs again after.
 *
 * <p>Time limits are asserted here on purpose: they are what the issue asks for. They are generous
 * against what the settings give (a 3 s pool time-out), so a busy machine does not fail them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageIntegrationTest extends BrowserlessViewTest {

    private static final String DATABASE = "vangnet_outage";
    private static final Duration ACTION_LIMIT = Duration.ofSeconds(5);
    private static final Duration PROBE_LIMIT = Duration.ofSeconds(1);
    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres server;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_LIMIT).build();

    @LocalServerPort
    int appPort;
    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void separateServer(DynamicPropertyRegistry registry) throws IOException {
        dataDirectory = Files.createTempDirectory("vangnet-outage");
        server = startServer(0);
        port = server.getPort();
        try (var connection = server.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", DATABASE));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("vangnet.demo-data.enabled", () -> "true");
        // The nightly retention job every second, to see it skip during the outage and run after it.
        registry.add("vangnet.retention.cron", () -> "* * * * * *");
    }

    private static EmbeddedPostgres startServer(int fixedPort) throws IOException {
        var builder = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        if (fixedPort > 0) {
            builder.setPort(fixedPort);
        }
        return builder.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void anOutageFailsFastWithAMessageKeepsTheInputAndEverythingComesBackAfterwards(CapturedOutput output)
            throws IOException {
        var jdbc = new JdbcTemplate(dataSource);
        long casesBefore = jdbc.queryForObject("select count(*) from case_file", Long.class);
        long auditBefore = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        warmUp();
        await().atMost(Duration.ofSeconds(10)).until(() -> probe("/actuator/health/readiness").contains("\"UP\""));
        signInAs("lotte");
        navigate("cases/new", Component.class);
        fillInANewCase();

        server.close();
        long stoppedAt = System.nanoTime();

        long clickedAt = System.nanoTime();
        clickOpenThroughTheErrorHandler();
        assertThat(Duration.ofNanos(System.nanoTime() - clickedAt)).isLessThan(ACTION_LIMIT);
        assertThat(getCurrentView()).isInstanceOf(NewCaseView.class);
        assertThat(notifications()).contains("De databank is niet bereikbaar, dus dit is niet opgeslagen. "
                + "Wat je typte, staat er nog: probeer het zo meteen opnieuw.");
        assertThat(notifications()).doesNotContain("Referentie");
        assertThat(find(TextField.class).withCaption("Alias").single().getValue()).isEqualTo("Stroomuitval");
        assertThat(find(IntegerField.class).withCaption("Leeftijd nu").single().getValue()).isEqualTo(23);
        assertThat(find(TextArea.class).single().getValue()).isEqualTo("Getypt tijdens de storing.");

        await().atMost(ACTION_LIMIT.minus(Duration.ofNanos(System.nanoTime() - stoppedAt)))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> probe("/actuator/health/readiness").contains("\"DOWN\""));
        assertThat(probe("/actuator/health")).contains("\"DOWN\"");
        assertThat(probe("/actuator/health/liveness")).contains("\"UP\"");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> output.getOut().contains("Scheduled job skipped, the database cannot be reached"));

        server = startServer(port);
        long restartedAt = System.currentTimeMillis();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> probe("/actuator/health/readiness").contains("\"UP\""));

        clickOpenThroughTheErrorHandler();
        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        // Exactly one case, opened once and audited once: the failed attempt left nothing behind.
        assertThat(jdbc.queryForObject("select count(*) from case_file", Long.class)).isEqualTo(casesBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from case_file where client_alias = 'Stroomuitval'",
                Long.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'CASE'"
                + " and object_id = (select id::text from case_file where client_alias = 'Stroomuitval')"
                + " and action = 'CREATE'", Long.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isGreaterThan(auditBefore);

        // The retention job runs again once its lock's minimum time is over (shortened here).
        jdbc.update("update shedlock set lock_until = now() at time zone 'utc' where name = 'retention-pseudonymisation'");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from shedlock where name = 'retention-pseudonymisation'"
                        + " and locked_at >= to_timestamp(?::double precision / 1000) at time zone 'utc'",
                Long.class, restartedAt) == 1);
    }

    private void fillInANewCase() {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<IntakeChannel> channel = find(RadioButtonGroup.class).single();
        channel.setValue(IntakeChannel.PHONE);
        test(find(TextField.class).withCaption("Alias").single()).setValue("Stroomuitval");
        test(find(IntegerField.class).withCaption("Leeftijd nu").single()).setValue(23);
        @SuppressWarnings("unchecked")
        CheckboxGroup<HarmKind> harms = find(CheckboxGroup.class).single();
        harms.setValue(Set.of(HarmKind.LEAKED_IMAGES));
        test(find(TextArea.class).single()).setValue("Getypt tijdens de storing.");
    }

    /** In the browser a failure of a click reaches the session's error handler; here the test hands it over. */
    private void clickOpenThroughTheErrorHandler() {
        try {
            test(find(Button.class).withText("Dossier openen").single()).click();
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }

    private String notifications() {
        return String.join(" | ", find(Notification.class).all().stream().map(n -> test(n).getText()).toList());
    }

    /** The first request to a fresh server sets up its web stack, which is not what the limits are about. */
    private void warmUp() throws IOException {
        try {
            http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + "/actuator/health"))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A health endpoint's answer, which must come within a second whatever the database does. */
    private String probe(String path) {
        long started = System.nanoTime();
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + path))
                    .timeout(PROBE_LIMIT).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROBE_LIMIT);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
