package org.vangnet.conversations;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vangnet.base.crypto.EncryptedString;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;
import org.vangnet.base.domain.Violations;

/**
 * One contact with the client. Its start may not lie in the future (a contact is logged once it
 * happened) nor before the case was opened, except for the intake, which is the opening itself.
 */
@Entity
@Table(name = "conversation")
class Conversation extends AbstractEntity {

    /** A few minutes of clock difference between the counsellor's screen and the server are not "the future". */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private ConversationChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 10)
    private ConversationDirection direction;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "counsellor_id", updatable = false)
    private Long counsellorId;

    @Column(name = "language", length = 10)
    private String language;

    @Convert(converter = EncryptedString.class)
    @Column(name = "summary")
    private String summary;

    @Column(name = "intake", nullable = false, updatable = false)
    private boolean intake;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy;

    protected Conversation() {
    }

    Conversation(Long caseId, Long teamId, Long counsellorId, NewConversation contact, Instant caseOpenedAt,
                 boolean intake, Instant now, String by) {
        this.caseId = caseId;
        this.teamId = teamId;
        this.counsellorId = counsellorId;
        this.intake = intake;
        this.createdAt = now;
        this.createdBy = by;
        change(contact, caseOpenedAt, now);
    }

    /**
     * Corrects what was logged; who held the conversation and whether it was the intake stay. Every
     * broken rule is reported at once, each on its field. Returns the fields that changed (their
     * codes, for the audit line; never the values), empty when the correction changed nothing.
     */
    java.util.List<String> change(NewConversation contact, Instant caseOpenedAt, Instant now) {
        var problems = new Violations();
        if (contact.channel() == null) {
            problems.add(DomainException.onField("channel", "validation.required"));
        }
        if (contact.direction() == null) {
            problems.add(DomainException.onField("direction", "validation.required"));
        }
        if (contact.startedAt() == null) {
            problems.add(DomainException.onField("startedAt", "validation.required"));
        } else if (contact.startedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            problems.add(DomainException.onField("startedAt", "validation.conversation.future"));
        } else if (!intake && contact.startedAt().isBefore(caseOpenedAt.minus(CLOCK_TOLERANCE))) {
            problems.add(DomainException.onField("startedAt", "validation.conversation.before-case"));
        }
        Integer minutes = contact.durationMinutes();
        if (minutes != null && (minutes < 0 || minutes > NewConversation.MAX_DURATION_MINUTES)) {
            // As text: a number argument would be written "1.440" in Dutch.
            problems.add(DomainException.onField("duration", "validation.conversation.duration",
                    String.valueOf(NewConversation.MAX_DURATION_MINUTES)));
        }
        String tag = problems.check(() -> Texts.optional("language", contact.language(), NewConversation.MAX_LANGUAGE));
        if (tag != null && !LANGUAGE.matcher(tag.toLowerCase(Locale.ROOT)).matches()) {
            problems.add(DomainException.onField("language", "validation.conversation.language"));
        }
        String text = problems.check(() -> Texts.optional("summary", contact.summary(), NewConversation.MAX_SUMMARY));
        problems.throwIfAny();
        String language = tag == null ? null : tag.toLowerCase(Locale.ROOT);
        var changed = new java.util.ArrayList<String>();
        if (channel != contact.channel()) {
            changed.add("channel");
        }
        if (direction != contact.direction()) {
            changed.add("direction");
        }
        if (!contact.startedAt().equals(startedAt)) {
            changed.add("startedAt");
        }
        if (!java.util.Objects.equals(durationMinutes, minutes)) {
            changed.add("duration");
        }
        if (!java.util.Objects.equals(this.language, language)) {
            changed.add("language");
        }
        if (!java.util.Objects.equals(summary, text)) {
            changed.add("summary");
        }
        this.summary = text;
        this.channel = contact.channel();
        this.direction = contact.direction();
        this.startedAt = contact.startedAt();
        this.durationMinutes = minutes;
        this.language = language;
        return java.util.List.copyOf(changed);
    }

    ConversationView toView(String counsellorName) {
        return new ConversationView(getId(), getVersion(), channel, direction, startedAt, durationMinutes,
                counsellorName, language, summary, intake);
    }

    Long getCaseId() {
        return caseId;
    }

    Long getCounsellorId() {
        return counsellorId;
    }

    ConversationChannel getChannel() {
        return channel;
    }

    ConversationDirection getDirection() {
        return direction;
    }

    Integer getDurationMinutes() {
        return durationMinutes;
    }
}
