package org.vangnet.followups;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.vangnet.cases.CaseAccess;
import org.vangnet.cases.CaseEvents.CaseOpened;
import org.vangnet.cases.CaseEvents.CaseStatusChanged;
import org.vangnet.cases.CaseHandlers;
import org.vangnet.cases.CaseStatus;
import org.vangnet.followups.FollowUpEvents.FollowUpDismissedWithCase;
import org.vangnet.followups.FollowUpEvents.FollowUpScheduled;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;
import org.vangnet.security.VangnetUser;
import org.vangnet.sextortion.SextortionEvents.ExtortionContactChanged;
import org.vangnet.sextortion.SextortionEvents.ExtortionContactLogged;
import org.vangnet.takedowns.TakedownEvents;
import org.vangnet.takedowns.TakedownEvents.TakedownStatusChanged;

/**
 * Turns other modules' events into follow-ups, by {@link FollowUpRules}. Listens synchronously,
 * inside the transaction that published the event: the follow-up exists exactly when what caused
 * it does. A rule key already stored means the event was seen before, and nothing is added. A case
 * that closes dismisses its open follow-ups, in the same transaction.
 */
@Component
class FollowUpAutomation {

    static final String SYSTEM = "(system)";

    private final FollowUpRepository followUps;
    private final CaseAccess caseAccess;
    private final CaseHandlers caseHandlers;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpAutomation(FollowUpRepository followUps, CaseAccess caseAccess, CaseHandlers caseHandlers,
                       CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.followUps = followUps;
        this.caseAccess = caseAccess;
        this.caseHandlers = caseHandlers;
        this.currentUser = currentUser;
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
        if (currentUser.get().filter(u -> u.hasPermission(Permissions.ESCALATION_HANDLE)).isPresent()) {
            forCounsellor(event.caseId(), FollowUpRules.instituteDecided(event.requestId(), event.to(), clock.instant()));
            return;
        }
        storeForActor(event.caseId(), FollowUpRules.takedownMoved(event.requestId(), event.to(), clock.instant()));
    }

    /**
     * A court order's or an appeal's deadline: for whoever moved the request, or the case's
     * counsellor when institute staff recorded the decision.
     */
    @EventListener
    void on(TakedownEvents.TakedownDeadlinesSet event) {
        var planned = FollowUpRules.takedownDeadlines(event.requestId(), event.courtOrderDeadline(),
                event.appealDeadline(), clock.instant());
        if (currentUser.get().filter(u -> u.hasPermission(Permissions.ESCALATION_HANDLE)).isPresent()) {
            forCounsellor(event.caseId(), planned);
        } else {
            storeForActor(event.caseId(), planned);
        }
    }

    /** A closed case takes its open follow-ups with it, each on the timeline; reopening brings none back. */
    @EventListener
    void on(CaseStatusChanged event) {
        if (event.to() != CaseStatus.CLOSED) {
            return;
        }
        String by = currentUser.get().map(VangnetUser::getUsername).orElse(SYSTEM);
        for (var followUp : followUps.findByCaseIdAndStatusOrderById(event.caseId(), FollowUpStatus.OPEN)) {
            followUp.dismissWithCase(clock.instant(), by);
            events.publishEvent(new FollowUpDismissedWithCase(event.caseId(), followUp.getId(), followUp.getKind()));
        }
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
        // Only someone who may work on the case plans for themself (institute staff: see forCounsellor).
        var actor = currentUser.get().filter(u -> u.hasPermission(Permissions.CASE_WRITE));
        if (actor.isEmpty()) {
            return;
        }
        var facts = caseAccess.facts(caseId);
        store(caseId, facts.reference(), facts.teamId(), actor.get().id(), planned);
    }

    /**
     * Institute staff may not open the case, so the follow-up goes to whoever handles it; an
     * unassigned case has nobody to tell, and its timeline shows the move anyway.
     */
    private void forCounsellor(Long caseId, List<PlannedFollowUp> planned) {
        if (planned.isEmpty()) {
            return;
        }
        var handler = caseHandlers.handlerOf(caseId);
        if (handler != null) {
            store(caseId, handler.reference(), handler.teamId(), handler.counsellorId(), planned);
        }
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
            events.publishEvent(new FollowUpScheduled(caseId, saved.getId(), plan.kind(), plan.rule()));
        }
    }
}
