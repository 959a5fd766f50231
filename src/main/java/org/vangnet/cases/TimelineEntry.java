package org.vangnet.cases;

import jakarta.persistence.Convert;
import org.vangnet.base.crypto.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One line on a case's timeline: a note, or something that happened. Never changed once written
 * (the database refuses updates); a correction is a new entry that points at the one it corrects.
 */
@Entity
@Immutable
@Table(name = "case_timeline_entry")
class TimelineEntry {

    static final int MAX_BODY = NoteService.MAX_NOTE;
    static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 50)
    private String actor;

    @Column(name = "entry_type", nullable = false, length = 30)
    private String type;

    @Column(name = "message_key", length = 80)
    private String messageKey;

    @Column(name = "arguments", length = 500)
    private String arguments;

    @Convert(converter = EncryptedText.class)
    @Column(name = "body", length = MAX_BODY)
    private String body;

    @Column(name = "corrects_id")
    private Long correctsId;

    protected TimelineEntry() {
    }

    TimelineEntry(Long caseId, Instant occurredAt, String actor, String type, String messageKey,
                  List<String> arguments, String body, Long correctsId) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.messageKey = messageKey;
        this.arguments = arguments == null || arguments.isEmpty() ? null : String.join(SEPARATOR, arguments);
        this.body = body;
        this.correctsId = correctsId;
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }

    String getType() {
        return type;
    }
}
