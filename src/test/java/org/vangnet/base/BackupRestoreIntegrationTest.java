package org.vangnet.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.vangnet.Application;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.ContactDetail;
import org.vangnet.cases.ContactKind;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.security.RunAs;

/**
 * Backup and restore as the README tells an operator (issue 13): {@code ops/backup.sh} reads a
 * database whose contact details are encrypted, {@code ops/restore.sh} loads it into an empty
 * PostgreSQL server on which Vangnet created its schema, and Vangnet started there with the same
 * keys reads the case's contact details back. The backup itself holds them only encrypted.
 */
class BackupRestoreIntegrationTest {

    private static EmbeddedPostgres original;
    private static EmbeddedPostgres replacement;

    @BeforeAll
    static void startTwoServers() throws IOException, SQLException {
        original = EmbeddedPostgres.builder().start();
        replacement = EmbeddedPostgres.builder().start();
        for (var server : List.of(original, replacement)) {
            try (var connection = server.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("create database vangnet");
            }
        }
    }

    @AfterAll
    static void stopServers() throws IOException {
        original.close();
        replacement.close();
    }

    @Test
    void aRestoredBackupIsReadWithTheSameKeys(@TempDir Path backups) throws Exception {
        Long caseId;
        try (var before = start(original, "--vangnet.demo-data.enabled=true", "--vangnet.demo-data.cases=false")) {
            caseId = before.getBean(RunAs.class).as("lotte", () -> before.getBean(CaseService.class).open(
                    new NewCase(IntakeChannel.PHONE, new ClientDetails("Hersteld", 27, null, 26, "nl", false, false,
                            false, List.of(new ContactDetail(ContactKind.PHONE, "0471 98 76 54", true, false, true),
                            new ContactDetail(ContactKind.EMAIL, "Hersteld@Example.org", false, false, true))),
                            Set.of(HarmKind.SEXTORTION), null)));
        }
        Path backup = backups.resolve("vangnet");

        run(original, "ops/backup.sh", backup);

        String everything = String.join("\n", Files.readAllLines(backup.resolve("client_contact.copy"),
                StandardCharsets.UTF_8));
        assertThat(everything).isNotBlank().doesNotContain("471987654", "hersteld@example.org");
        // The schema of this version on the empty server, as the README's first restore step does.
        start(replacement).close();

        run(replacement, "ops/restore.sh", backup);

        try (var after = start(replacement)) {
            var details = after.getBean(RunAs.class).as("lotte", () -> after.getBean(CaseQueries.class).get(caseId));
            assertThat(details.client().alias()).isEqualTo("Hersteld");
            assertThat(details.client().contacts()).extracting(ContactDetail::value)
                    .containsExactlyInAnyOrder("+32471987654", "hersteld@example.org");
            // New rows continue after the restored ones.
            Long next = after.getBean(RunAs.class).as("lotte", () -> after.getBean(CaseService.class).open(
                    new NewCase(IntakeChannel.CHAT, new ClientDetails("Daarna", 30, null, 29, null, false, false,
                            false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null)));
            assertThat(next).isGreaterThan(caseId);
        }
    }

    private static void run(EmbeddedPostgres server, String script, Path backup) throws IOException,
            InterruptedException {
        var process = new ProcessBuilder("bash", script, backup.toString()).redirectErrorStream(true);
        process.environment().putAll(Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(server.getPort()),
                "PGUSER", "postgres", "PGDATABASE", "vangnet"));
        var started = process.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).as(script + " said: " + output).isZero();
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres server, String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "--spring.datasource.url=" + server.getJdbcUrl("postgres", "vangnet");
        args[1] = "--spring.datasource.username=postgres";
        args[2] = "--server.port=0";
        args[3] = "--vangnet.retention.cron=-";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return new SpringApplicationBuilder(Application.class).run(args);
    }
}
