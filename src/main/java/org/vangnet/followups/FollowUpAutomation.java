package org.vangnet.followups;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.cases.CaseAccess;
import org.vangnet.cases.CaseEvents.CaseOpened;
import org.vangnet.followups.FollowUpEvents.FollowUpScheduled;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;
import org.vangnet.security.VangnetUser;
import org.vangnet.sextortion.SextortionEvents.ExtortionContactChanged;
import org.vangnet.sextortion.SextortionEvents.ExtortionContactLogged;
import org.vangnet.takedowns.TakedownEvents.TakedownStatusChanged;

/**
 * Turns other modules' events into follow-ups, by {@link FollowUpRules}. Listens synchronously,
 * inside the transaction that published the event: the follow-up exists exactly when what caused
 * it does. A rule key already stored means the event was seen before, and nothing is added.
 */
@Component
class FollowUpAutomation {

    static final String SYSTEM = "(system)";

    private final FollowUpRepository followUps;
    private final CaseAccess caseAccess;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpAutomation(FollowUpRepository followUps, CaseAccess caseAccess, CurrentUser currentUser,
                       AuditTrail auditTrail, ApplicationEventPublisher events, Clock clock) {
        this.followUps = followUps;
        this.caseAccess = caseAccess;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(CaseOpened event) {
        Long assignee = Optional.ofNullable(event.counsellorId())
                .orElseGet(() -> currentUser.get().map(VangnetUser::id).orElse(null));
        store(event.caseId(), event.reference(), event.teamId(), assignee,
                FollowUpRules.caseOpened(event.caseId(), clock.instant()));
    }

    @EventListener
    void on(TakedownStatusChanged event) {
        var planned = FollowUpRules.takedownMoved(event.requestId(), event.to(), clock.instant());
        storeForActor(event.caseId(), planned);
    }

    @EventListener
    void on(ExtortionContactLogged event) {
        storeForActor(event.caseId(), FollowUpRules.extortionDeadline(event.contactId(), event.deadline(),
                clock.instant()));
    }

    @EventListener
    void on(ExtortionContactChanged event) {
        storeForActor(event.caseId(), FollowUpRules.extortionDeadline(event.contactId(), event.deadline(),
                clock.instant()));
    }

    private void storeForActor(Long caseId, List<PlannedFollowUp> planned) {
        if (planned.isEmpty()) {
            return;
        }
        // Institute staff move escalated takedowns without access to the case: no follow-up for them.
        var actor = currentUser.get().filter(u -> u.hasPermission(Permissions.CASE_WRITE));
        if (actor.isEmpty()) {
            return;
        }
        var facts = caseAccess.facts(caseId);
        store(caseId, facts.reference(), facts.teamId(), actor.get().id(), planned);
    }

    private void store(Long caseId, String reference, Long teamId, Long assigneeId, List<PlannedFollowUp> planned) {
        if (assigneeId == null) {
            return;
        }
        String createdBy = currentUser.get().map(VangnetUser::getUsername).orElse(SYSTEM);
        for (var plan : planned) {
            if (followUps.existsByRuleKey(plan.ruleKey())) {
                continue;
            }
            var saved = followUps.save(new FollowUp(caseId, reference, teamId, plan.kind(), plan.dueAt(),
                    plan.urgent(), assigneeId, null, plan.rule(), plan.ruleKey(), plan.takedownRequestId(),
                    plan.extortionContactId(), clock.instant(), createdBy));
            auditTrail.record(AuditEntry.created(FollowUpService.AUDIT_TYPE, saved.getId())
                    .withDetail("case:" + caseId + ",rule:" + plan.rule()));
            events.publishEvent(new FollowUpScheduled(caseId, saved.getId(), plan.kind(), plan.rule()));
        }
    }
}
