package org.vangnet.conversations;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Paging;
import org.vangnet.cases.CaseAccess;
import org.vangnet.conversations.ConversationEvents.ConversationCorrected;
import org.vangnet.conversations.ConversationEvents.ConversationLogged;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.UserDirectory;
import org.vangnet.security.VangnetUser;

/**
 * Logging the contacts with the client on a case, and reading them back. Every read of the log is
 * audited with the case (its summaries are about the client); every contact logged or corrected
 * too. The counsellor of a contact is whoever logs it.
 */
@Service
public class ConversationService {

    static final String AUDIT_TYPE = "CONVERSATION";
    static final String AUDIT_LOG = "CONVERSATION_LOG";

    private final ConversationRepository conversations;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationService(ConversationRepository conversations, CaseAccess access,
                        CurrentUser currentUser, UserDirectory users, AuditTrail auditTrail,
                        ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long log(Long caseId, NewConversation contact) {
        var facts = access.facts(caseId);
        VangnetUser me = currentUser.require();
        var saved = conversations.save(new Conversation(caseId, facts.teamId(), me.id(), contact,
                facts.openedAt(), false, clock.instant(), me.getUsername()));
        events.publishEvent(new ConversationLogged(caseId, saved.getId(), saved.getChannel(), saved.getDirection(),
                saved.getDurationMinutes()));
        return saved.getId();
    }

    /**
     * Corrects a logged contact, if it is still at the version the form was loaded with (else
     * {@link ConcurrentChangeException}, nothing overwritten). A correction that changes nothing
     * leaves no trace; otherwise the timeline and the audit trail say which fields changed.
     */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void correct(Long caseId, Long conversationId, long expectedVersion, NewConversation contact) {
        var facts = access.facts(caseId);
        var conversation = conversations.findById(conversationId).filter(c -> c.getCaseId().equals(caseId))
                .orElseThrow(() -> new DomainException("error.not-found"));
        ConcurrentChangeException.check(conversation, expectedVersion);
        var changed = conversation.change(contact, facts.openedAt(), clock.instant());
        if (changed.isEmpty()) {
            return;
        }
        conversations.flush();
        events.publishEvent(new ConversationCorrected(caseId, conversationId, conversation.getChannel(), changed));
    }

    /** The case's contacts, newest first. Not read-only: the read is audited in the same transaction. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public Slice<ConversationView> list(Long caseId, Pageable pageable) {
        access.requireAccess(caseId);
        auditTrail.record(AuditEntry.read(AUDIT_LOG, caseId).inCase(caseId));
        var page = conversations.findByCaseIdOrderByStartedAtDescIdDesc(caseId, Paging.capped(pageable));
        var names = users.displayNames(page.getContent().stream().map(Conversation::getCounsellorId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return page.map(c -> c.toView(names.get(c.getCounsellorId())));
    }

    /** When the client was last spoken to on this case (the latest contact's start), if ever. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public Optional<Instant> lastSpokenTo(Long caseId) {
        access.requireAccess(caseId);
        return Optional.ofNullable(conversations.lastStartedAt(caseId));
    }
}
