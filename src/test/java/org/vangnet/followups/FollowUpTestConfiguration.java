package org.vangnet.followups;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.Properties;

/**
 * The follow-up tests' own context: a clock they move, and a mail sender that keeps what it is
 * given instead of sending it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FollowUpTestConfiguration {

    /** The properties that select this context; other test classes keep the real clock. */
    public static final String CONTEXT = "vangnet.test.context=followups-clock";
    public static final String NO_CRON = "vangnet.followups.reminder-cron=-";

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    RecordingMailSender recordingMailSender() {
        return new RecordingMailSender();
    }

    /** Records messages; a short pause per message makes two concurrent runs overlap. */
    public static class RecordingMailSender implements JavaMailSender {

        public final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(SimpleMailMessage... messages) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sent.addAll(List.of(messages));
        }

        @Override
        public MimeMessage createMimeMessage() {
            return new MimeMessage(Session.getInstance(new Properties()));
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessage... mimeMessages) {
            throw new UnsupportedOperationException("Reminders are plain text");
        }
    }
}
