package org.vangnet.conversations;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.cases.CaseEvents.CaseOpened;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.VangnetUser;

/**
 * The intake is the case's first contact: opening a case logs it, in the same transaction, as an
 * incoming contact through the intake channel at the moment of opening. It gets no timeline line of
 * its own: the case's "opened" line already says when and how.
 */
@Component
class IntakeConversation {

    private final ConversationRepository conversations;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final Clock clock;

    IntakeConversation(ConversationRepository conversations, CurrentUser currentUser,
                       AuditTrail auditTrail, Clock clock) {
        this.conversations = conversations;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @EventListener
    void on(CaseOpened event) {
        if (conversations.existsByCaseIdAndIntakeTrue(event.caseId())) {
            return;
        }
        var me = currentUser.get();
        Long counsellor = Optional.ofNullable(event.counsellorId()).orElseGet(() -> me.map(VangnetUser::id).orElse(null));
        var contact = new NewConversation(ConversationChannel.ofIntake(event.intakeChannel()),
                ConversationDirection.INCOMING, event.openedAt(), null, null, null);
        var saved = conversations.save(new Conversation(event.caseId(), event.teamId(), counsellor, contact,
                event.openedAt(), true, clock.instant(), me.map(VangnetUser::getUsername).orElse("(system)")));
        auditTrail.record(AuditEntry.created(ConversationService.AUDIT_TYPE, saved.getId())
                .withDetail("intake").inCase(event.caseId()));
    }
}
