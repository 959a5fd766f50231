package org.vangnet.takedowns;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.TAKEDOWN_WRITE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.DomainException;
import org.vangnet.cases.CaseAccess;
import org.vangnet.security.CurrentUser;
import org.vangnet.takedowns.TakedownEvents.HashSubmissionRecorded;
import org.vangnet.base.time.HelplineZone;

/**
 * StopNCII and Take It Down submissions. The hashing happens on the person's own device; Vangnet
 * keeps the service's case number and never the PIN that comes with it — anything that looks like
 * a PIN is refused.
 */
@Service
public class HashSubmissions {

    static final String AUDIT_TYPE = "HASH_SUBMISSION";
    /** The longest case number a hash service gives, in characters. */
    public static final int MAX_CASE_NUMBER = 60;
    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{5,59}");
    private static final Pattern PIN_LIKE = Pattern.compile("\\d{4,8}");

    private final HashSubmissionRepository submissions;
    private final CaseAccess caseAccess;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HashSubmissions(HashSubmissionRepository submissions, CaseAccess caseAccess, CurrentUser currentUser,
                    AuditTrail auditTrail, ApplicationEventPublisher events, Clock clock) {
        this.submissions = submissions;
        this.caseAccess = caseAccess;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a submission. StopNCII is for adults' images and Take It Down for images made before
     * 18: the case decides which one fits.
     */
    @PreAuthorize("hasAuthority('" + TAKEDOWN_WRITE + "')")
    @Transactional
    public Long record(Long caseId, HashService service, String caseNumber, int items, LocalDate submittedOn) {
        var facts = caseAccess.facts(caseId);
        if (service == null) {
            throw DomainException.onField("service", "validation.required");
        }
        if (facts.minorInvolved() && service == HashService.STOPNCII) {
            throw DomainException.onField("service", "validation.hash.stopncii-adults-only");
        }
        if (!facts.minorInvolved() && service == HashService.TAKE_IT_DOWN) {
            throw DomainException.onField("service", "validation.hash.take-it-down-minors-only");
        }
        String number = caseNumber == null ? "" : caseNumber.strip();
        if (PIN_LIKE.matcher(number).matches() || number.toLowerCase(Locale.ROOT).contains("pin")) {
            throw DomainException.onField("caseNumber", "validation.hash.looks-like-pin");
        }
        if (!CASE_NUMBER.matcher(number).matches()) {
            throw DomainException.onField("caseNumber", "validation.hash.case-number");
        }
        if (items < 1) {
            throw DomainException.onField("items", "validation.hash.items");
        }
        if (submittedOn == null || submittedOn.isAfter(clock.instant().atZone(HelplineZone.ZONE).toLocalDate())) {
            throw DomainException.onField("submittedOn", "validation.date.future");
        }
        var saved = submissions.save(new Submission(caseId, service, number, items, submittedOn, clock.instant(),
                currentUser.require().getUsername()));
        events.publishEvent(new HashSubmissionRecorded(caseId, service, items, saved.id));
        return saved.id;
    }

    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public List<HashSubmissionView> forCase(Long caseId) {
        caseAccess.requireAccess(caseId);
        return submissions.findByCaseIdOrderBySubmittedOnDesc(caseId).stream()
                .map(s -> new HashSubmissionView(s.id, s.service, s.caseNumber, s.itemCount, s.submittedOn,
                        s.createdBy))
                .toList();
    }

    /** A submission as the case file lists it. */
    public record HashSubmissionView(Long id, HashService service, String caseNumber, int items,
                                     LocalDate submittedOn, String recordedBy) {
    }

    /** A submission as stored: the service's case number, never a PIN. */
    @Entity
    @Table(name = "hash_submission")
    static class Submission {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        @Column(name = "id")
        Long id;
        @Column(name = "case_id", nullable = false)
        Long caseId;
        @Enumerated(EnumType.STRING)
        @Column(name = "service", nullable = false, length = 20)
        HashService service;
        @Column(name = "case_number", nullable = false, length = MAX_CASE_NUMBER)
        String caseNumber;
        @Column(name = "item_count", nullable = false)
        int itemCount;
        @Column(name = "submitted_on", nullable = false)
        LocalDate submittedOn;
        @Column(name = "created_at", nullable = false)
        Instant createdAt;
        @Column(name = "created_by", nullable = false, length = 50)
        String createdBy;

        protected Submission() {
        }

        Submission(Long caseId, HashService service, String caseNumber, int itemCount, LocalDate submittedOn,
                   Instant createdAt, String createdBy) {
            this.caseId = caseId;
            this.service = service;
            this.caseNumber = caseNumber;
            this.itemCount = itemCount;
            this.submittedOn = submittedOn;
            this.createdAt = createdAt;
            this.createdBy = createdBy;
        }
    }
}
