package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_WRITE;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.security.CurrentUser;

/** Notes on a case's timeline. A note is never edited: a correction is a new note referring to it. */
@Service
public class NoteService {

    public static final String LIKELY_DUPLICATE = "validation.note.likely-duplicate";
    /** The longest note, in characters (forms count towards it). */
    public static final int MAX_NOTE = 4000;
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CaseAccess access;
    private final Timeline timeline;
    private final AuditTrail auditTrail;
    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoteService(CaseAccess access, Timeline timeline, AuditTrail auditTrail, JdbcTemplate jdbc,
                CurrentUser currentUser, FieldCipher cipher, Clock clock) {
        this.access = access;
        this.cipher = cipher;
        this.timeline = timeline;
        this.auditTrail = auditTrail;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long addNote(Long caseId, String text) {
        return addNote(caseId, text, false);
    }

    /**
     * Adds a note; unless {@code evenIfRepeated}, refuses ({@link #LIKELY_DUPLICATE}, with the time
     * of the earlier one) the same note by the same user on the same case within ten minutes: after
     * a node died and they signed in again, it was most likely saved before (issue 13).
     */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long addNote(Long caseId, String text, boolean evenIfRepeated) {
        access.requireAccess(caseId);
        String body = checked(text);
        if (!evenIfRepeated) {
            refuseRepeat(caseId, body);
        }
        var entry = timeline.note(caseId, body, null);
        auditTrail.record(AuditEntry.created("CASE_NOTE", entry.getId()).inCase(caseId));
        return entry.getId();
    }

    /** Adds a correction of an earlier note of the same case; the original stays as it was. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long correctNote(Long caseId, Long noteId, String text) {
        access.requireAccess(caseId);
        Boolean isNoteOfCase = jdbc.queryForObject("""
                select exists (select 1 from case_timeline_entry
                               where id = ? and case_id = ? and body is not null)""", Boolean.class, noteId, caseId);
        if (!Boolean.TRUE.equals(isNoteOfCase)) {
            throw new DomainException("validation.note.not-a-note");
        }
        var entry = timeline.note(caseId, checked(text), noteId);
        auditTrail.record(AuditEntry.created("CASE_NOTE", entry.getId()).withDetail("corrects:" + noteId).inCase(caseId));
        return entry.getId();
    }

    private void refuseRepeat(Long caseId, String body) {
        Instant since = clock.instant().minus(DUPLICATE_WINDOW);
        // Bodies are stored encrypted with a fresh nonce each (decision 031): the user's few notes of
        // the last minutes on this case are compared after decryption, not in SQL.
        jdbc.query("""
                        select occurred_at, body from case_timeline_entry
                        where case_id = ? and entry_type = 'NOTE' and actor = ? and occurred_at > ? and body is not null
                        order by occurred_at desc limit 50""",
                        (rs, n) -> body.equals(cipher.decryptIfEncrypted(rs.getString("body")))
                                ? rs.getTimestamp("occurred_at") : null,
                        caseId, currentUser.require().getUsername(), Timestamp.from(since))
                .stream().filter(java.util.Objects::nonNull).findFirst().ifPresent(earlier -> {
                    throw DomainException.onField("note", LIKELY_DUPLICATE,
                            TIME.format(earlier.toInstant().atZone(HelplineZone.ZONE)));
                });
    }

    private static String checked(String text) {
        return Texts.required("note", text, TimelineEntry.MAX_BODY);
    }
}
