package org.vangnet.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.Application;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.HarmKind;
import org.vangnet.followups.FollowUpTestConfiguration.RecordingMailSender;
import org.vangnet.security.Permissions;
import org.vangnet.security.SystemTask;
import org.vangnet.security.UserDirectory;

/** E-mail reminders: no personal data, once per follow-up, and once across nodes. */
@SpringBootTest(properties = {FollowUpTestConfiguration.CONTEXT, FollowUpTestConfiguration.NO_CRON})
@Import(FollowUpTestConfiguration.class)
class FollowUpReminderMailIntegrationTest {

    @Autowired
    FollowUpReminderMailer mailer;
    @Autowired
    RecordingMailSender mail;
    @Autowired
    FollowUpService followUps;
    @Autowired
    CaseService cases;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    UserDirectory directory;
    @Autowired
    SystemTask systemTask;

    FollowUpTestSupport support;

    @BeforeEach
    void onlyKarimHasAnAddressAndNoLockIsHeld() {
        clock.reset();
        support = new FollowUpTestSupport(users, securityContext, jdbc);
        jdbc.update("update app_user set email = null");
        jdbc.update("update app_user set email = 'karim@helpline.example' where username = 'karim'");
        jdbc.update("update follow_up set reminded_at = now()");
        releaseSchedulerLock();
        mail.sent.clear();
    }

    /**
     * Ends the job's ShedLock lock (held at least 30 seconds). Deleting the row instead would not do:
     * ShedLock remembers it created the row and only tries to update it, and the next run is skipped.
     */
    private void releaseSchedulerLock() {
        jdbc.update("update shedlock set lock_until = timestamp '2000-01-01 00:00:00'");
    }

    @Test
    void aDueFollowUpIsAnnouncedOnceInTheUsersLanguageWithALinkAndNoPersonalData() {
        Long caseId = support.openCase(cases, "karim", "Geheime alias", HarmKind.LEAKED_IMAGES);
        String reference = jdbc.queryForObject("select reference from case_file where id = ?", String.class, caseId);
        clock.advance(Duration.ofHours(25));

        mailer.sendReminders();
        assertThat(mail.sent).singleElement().satisfies(message -> {
            assertThat(message.getTo()).containsExactly("karim@helpline.example");
            assertThat(message.getText()).contains("1 opvolging", "/my-work")
                    .doesNotContain("Geheime alias", reference);
            assertThat(message.getSubject()).doesNotContain("Geheime alias", reference);
        });

        releaseSchedulerLock();
        mailer.sendReminders();
        assertThat(mail.sent).hasSize(1);
    }

    @Test
    void aDisabledAccountGetsNoReminderAndOnlyTheSystemTaskReadsTheAddresses() {
        // Lotte, not Karim: her due follow-up must not add to the count another test expects for Karim.
        jdbc.update("update app_user set email = 'lotte@helpline.example' where username = 'lotte'");
        support.openCase(cases, "lotte", "Uitgeschakeld", HarmKind.LEAKED_IMAGES);
        clock.advance(Duration.ofHours(25));
        jdbc.update("update app_user set enabled = false where username = 'lotte'");
        try {
            mailer.sendReminders();
        } finally {
            jdbc.update("update app_user set enabled = true where username = 'lotte'");
        }
        assertThat(mail.sent).extracting(m -> m.getTo()[0]).doesNotContain("lotte@helpline.example");

        Long lotte = support.userId("lotte");
        support.as("lotte", () -> assertThatThrownBy(() -> directory.reminderAddresses(List.of(lotte)))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(systemTask.run(Permissions.REMINDER_SEND, () -> directory.reminderAddresses(List.of(lotte))))
                .containsOnlyKeys(lotte);
        assertThatThrownBy(() -> systemTask.run(Permissions.CASE_READ, () -> directory.displayNames(List.of(lotte))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoApplicationNodesOnOneDatabaseSendTheDueRemindersOnce() throws Exception {
        support.openCase(cases, "karim", "Twee nodes", HarmKind.LEAKED_IMAGES);
        jdbc.update("update follow_up set due_at = now() - interval '1 hour' where reminded_at is null");

        try (var second = new SpringApplicationBuilder(Application.class, FollowUpTestConfiguration.class).run(
                "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--server.port=0", "--vangnet.demo-data.enabled=false", "--" + FollowUpTestConfiguration.NO_CRON)) {
            var otherMailer = second.getBean(FollowUpReminderMailer.class);
            var otherMail = second.getBean(RecordingMailSender.class);
            try (var pool = Executors.newFixedThreadPool(2)) {
                List<Callable<Void>> runs = List.of(() -> {
                    mailer.sendReminders();
                    return null;
                }, () -> {
                    otherMailer.sendReminders();
                    return null;
                });
                var results = pool.invokeAll(runs);
                for (var result : results) {
                    result.get();
                }
            }
            assertThat(mail.sent.size() + otherMail.sent.size()).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Long.class,
                    FollowUpReminderMailer.LOCK)).isOne();
        }
    }
}
