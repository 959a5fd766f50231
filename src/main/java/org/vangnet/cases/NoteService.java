package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_WRITE;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;

/** Notes on a case's timeline. A note is never edited: a correction is a new note referring to it. */
@Service
public class NoteService {

    private final CaseAccess access;
    private final Timeline timeline;
    private final AuditTrail auditTrail;
    private final JdbcTemplate jdbc;

    NoteService(CaseAccess access, Timeline timeline, AuditTrail auditTrail, JdbcTemplate jdbc) {
        this.access = access;
        this.timeline = timeline;
        this.auditTrail = auditTrail;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long addNote(Long caseId, String text) {
        access.requireAccess(caseId);
        var entry = timeline.note(caseId, checked(text), null);
        auditTrail.record(AuditEntry.created("CASE_NOTE", entry.getId()).withDetail("case:" + caseId));
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
        auditTrail.record(AuditEntry.created("CASE_NOTE", entry.getId()).withDetail("corrects:" + noteId));
        return entry.getId();
    }

    private static String checked(String text) {
        return Texts.required("note", text, TimelineEntry.MAX_BODY);
    }
}
