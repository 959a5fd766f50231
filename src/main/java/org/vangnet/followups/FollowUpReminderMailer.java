package org.vangnet.followups;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.security.Permissions;
import org.vangnet.security.SystemTask;
import org.vangnet.security.UserDirectory;
import org.vangnet.security.UserDirectory.ReminderAddress;
import org.vangnet.base.time.HelplineZone;

/**
 * E-mails each user whose follow-ups fell due since the last reminder: "you have N follow-ups
 * due" and a link to My work, in their language. No case, client or note is named: mail leaves
 * the helpline's hands. Without {@code spring.mail.host} there is no mail sender, and nothing is
 * sent; users without an e-mail address get in-app reminders only.
 *
 * <p>Runs on one node at a time (ShedLock). Addresses come from the security module
 * ({@link UserDirectory#reminderAddresses}); the job has no signed-in user, so it asks as a
 * {@link SystemTask} holding only {@link Permissions#REMINDER_SEND}.
 */
@Component
class FollowUpReminderMailer {

    static final String LOCK = "followup-reminders";
    private static final Logger log = LoggerFactory.getLogger(FollowUpReminderMailer.class);

    private final JdbcTemplate jdbc;
    private final UserDirectory directory;
    private final SystemTask systemTask;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TranslationProvider translations;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    FollowUpReminderMailer(JdbcTemplate jdbc, UserDirectory directory, SystemTask systemTask,
                           ObjectProvider<JavaMailSender> mailSender,
                           TranslationProvider translations, Clock clock,
                           @Value("${vangnet.base-url:http://localhost:8080}") String baseUrl,
                           @Value("${vangnet.followups.mail-from:vangnet@localhost}") String from) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.systemTask = systemTask;
        this.mailSender = mailSender;
        this.translations = translations;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    /** Void: ShedLock cannot skip a method that must return a value. */
    @Scheduled(cron = "${vangnet.followups.reminder-cron:0 */15 * * * *}", zone = HelplineZone.ID)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    @Transactional
    public void sendReminders() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.debug("No SMTP server configured (spring.mail.host): no follow-up reminders by e-mail");
            return;
        }
        Instant now = clock.instant();
        // Who has due follow-ups not yet announced, and how many are due in all: this module's own table.
        List<Due> due = jdbc.query("""
                        select assignee_id, count(*) as due from follow_up
                        where status = 'OPEN' and due_at <= ?
                        group by assignee_id
                        having count(*) filter (where reminded_at is null) > 0""",
                (rs, n) -> new Due(rs.getLong("assignee_id"), rs.getInt("due")), Timestamp.from(now));
        if (due.isEmpty()) {
            return;
        }
        // Where to: the security module's, asked as a system task (there is no signed-in user).
        Map<Long, ReminderAddress> addresses = systemTask.run(Permissions.REMINDER_SEND,
                () -> directory.reminderAddresses(due.stream().map(Due::userId).toList()));
        List<Recipient> recipients = due.stream().filter(d -> addresses.containsKey(d.userId()))
                .map(d -> new Recipient(d.userId(), addresses.get(d.userId()).email(),
                        addresses.get(d.userId()).language(), d.count()))
                .toList();
        for (var recipient : recipients) {
            Locale locale = TranslationProvider.supported(recipient.language());
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(recipient.email());
            message.setSubject(translations.getTranslation("followup.mail.subject", locale, recipient.due()));
            message.setText(translations.getTranslation("followup.mail.body", locale, recipient.due(),
                    baseUrl + "/my-work"));
            try {
                sender.send(message);
                jdbc.update("update follow_up set reminded_at = ? where assignee_id = ? and status = 'OPEN'"
                        + " and reminded_at is null and due_at <= ?", Timestamp.from(now), recipient.userId(),
                        Timestamp.from(now));
            } catch (MailException e) {
                // Not marked: the next run tries again.
                log.warn("Follow-up reminder to user {} not sent: {}", recipient.userId(), e.getMessage());
            }
        }
    }

    record Due(Long userId, int count) {
    }

    record Recipient(Long userId, String email, Locale language, int due) {
    }
}
