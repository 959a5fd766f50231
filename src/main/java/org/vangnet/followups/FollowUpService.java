package org.vangnet.followups;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.CASE_REASSIGN;
import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Paging;
import org.vangnet.cases.CaseAccess;
import org.vangnet.followups.FollowUpEvents.FollowUpChanged;
import org.vangnet.followups.FollowUpEvents.FollowUpCompleted;
import org.vangnet.followups.FollowUpEvents.FollowUpDismissed;
import org.vangnet.followups.FollowUpEvents.FollowUpReassigned;
import org.vangnet.followups.FollowUpEvents.FollowUpRescheduled;
import org.vangnet.followups.FollowUpEvents.FollowUpScheduled;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.UserDirectory;
import org.vangnet.security.VangnetUser;
import org.vangnet.base.time.HelplineZone;

/**
 * Follow-ups of a case and of a user: schedule, complete, dismiss, reschedule (with a reason, kept),
 * reassign within the case's team; and "My work", the signed-in user's open follow-ups by when
 * they are due. Whoever may open the case may act on its follow-ups; the case module decides that.
 */
@Service
public class FollowUpService {

    static final String AUDIT_TYPE = "FOLLOW_UP";
    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Sort BY_DUE = Sort.by("dueAt", "id");

    private final FollowUpRepository followUps;
    private final FollowUpRescheduleRepository reschedules;
    private final CaseAccess caseAccess;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, FollowUpRescheduleRepository reschedules, CaseAccess caseAccess,
                    CurrentUser currentUser, UserDirectory directory, AuditTrail auditTrail,
                    ApplicationEventPublisher events, Clock clock) {
        this.followUps = followUps;
        this.reschedules = reschedules;
        this.caseAccess = caseAccess;
        this.currentUser = currentUser;
        this.directory = directory;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /** Schedules a follow-up by hand; the assignee is the user unless a supervisor names a team member. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long schedule(Long caseId, NewFollowUp input) {
        var facts = caseAccess.facts(caseId);
        if (facts.closed()) {
            // The screen hides "plan a follow-up" on a closed case; the rule holds for any caller (#16).
            throw new DomainException("validation.followup.case-closed");
        }
        var user = currentUser.require();
        Long assignee = resolveAssignee(user, input.assigneeId(), facts.teamId());
        var saved = followUps.save(FollowUp.planned(caseId, facts.reference(), facts.teamId(), input.kind(),
                input.dueAt(), assignee, input.note(), input.takedownRequestId(), input.extortionContactId(),
                clock.instant(), user.getUsername()));
        events.publishEvent(new FollowUpScheduled(caseId, saved.getId(), saved.getKind(), FollowUp.MANUAL));
        return saved.getId();
    }

    /** Marks a follow-up done, with what came of it. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void complete(Long followUpId, long expectedVersion, String outcome) {
        var followUp = loadForChange(followUpId, expectedVersion);
        followUp.complete(outcome, clock.instant(), currentUser.require().getUsername());
        events.publishEvent(new FollowUpCompleted(followUp.getCaseId(), followUpId, followUp.getKind()));
    }

    /** Drops a follow-up that is no longer needed (an automatic one, typically); the reason is optional. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void dismiss(Long followUpId, long expectedVersion, String reason) {
        var followUp = loadForChange(followUpId, expectedVersion);
        followUp.dismiss(reason, clock.instant(), currentUser.require().getUsername());
        events.publishEvent(new FollowUpDismissed(followUp.getCaseId(), followUpId, followUp.getKind()));
    }

    /** Moves the due moment to a later one; the reason is kept in the follow-up's history. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void reschedule(Long followUpId, long expectedVersion, Instant dueAt, String reason) {
        var followUp = loadForChange(followUpId, expectedVersion);
        var now = clock.instant();
        Instant previous = followUp.reschedule(dueAt, reason, now);
        reschedules.save(new FollowUpReschedule(followUpId, previous, dueAt, reason, now,
                currentUser.require().getUsername()));
        events.publishEvent(new FollowUpRescheduled(followUp.getCaseId(), followUpId, followUp.getKind()));
    }

    /** Corrects what is to be done and the note (an automatic follow-up too). */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void describe(Long followUpId, long expectedVersion, FollowUpKind kind, String note) {
        var followUp = loadForChange(followUpId, expectedVersion);
        followUp.describe(kind, note);
        events.publishEvent(new FollowUpChanged(followUp.getCaseId(), followUpId, followUp.getKind()));
    }

    /** A supervisor hands a follow-up to an active member of the case's team. */
    @PreAuthorize("hasAuthority('" + CASE_REASSIGN + "')")
    @Transactional
    public void reassign(Long followUpId, long expectedVersion, Long assigneeId) {
        var followUp = loadForChange(followUpId, expectedVersion);
        if (assigneeId == null || !directory.isActiveMemberOf(assigneeId, followUp.getTeamId())) {
            throw DomainException.onField("assignee", "validation.followup.assignee");
        }
        followUp.reassign(assigneeId);
        events.publishEvent(new FollowUpReassigned(followUp.getCaseId(), followUpId, followUp.getKind(), assigneeId));
    }

    /** The follow-ups of a case, open ones first, then by due moment. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public Slice<FollowUpView> forCase(Long caseId, Pageable pageable) {
        caseAccess.requireAccess(caseId);
        var page = followUps.findByCaseId(caseId, Paging.capped(pageable, Sort.by("status", "dueAt", "id")));
        auditTrail.record(AuditEntry.read(AUDIT_TYPE, null).inCase(caseId));
        return page.map(viewer(page.getContent()));
    }

    /**
     * "My work": the user's open follow-ups due in the given window, earliest first; for a
     * supervisor, {@link FollowUpWhen#TEAM_OVERDUE} lists the whole team's overdue ones.
     */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public Slice<FollowUpView> myWork(FollowUpWhen when, Pageable pageable) {
        var user = currentUser.require();
        var window = window(when);
        var capped = Paging.capped(pageable, BY_DUE);
        Slice<FollowUp> page = when == FollowUpWhen.TEAM_OVERDUE
                ? followUps.findOpenOfTeam(teamOf(user), window.from(), window.to(), capped)
                : followUps.findOpenOfAssignee(user.id(), window.from(), window.to(), capped);
        auditTrail.record(AuditEntry.read(AUDIT_TYPE, null).withDetail("my-work:" + when));
        return page.map(viewer(page.getContent()));
    }

    /** How many follow-ups "My work" lists for the window; numbers only, so not audited. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public long count(FollowUpWhen when) {
        var user = currentUser.require();
        var window = window(when);
        return when == FollowUpWhen.TEAM_OVERDUE
                ? followUps.countOpenOfTeam(teamOf(user), window.from(), window.to())
                : followUps.countOpenOfAssignee(user.id(), window.from(), window.to());
    }

    /** How many of the user's open follow-ups fell due after {@code since}, up to now: for in-app reminders. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public long fallenDueSince(Instant since) {
        var user = currentUser.require();
        Instant now = clock.instant();
        if (!since.isBefore(now)) {
            return 0;
        }
        return followUps.countOpenOfAssignee(user.id(), since, now.plusNanos(1));
    }

    Window window(FollowUpWhen when) {
        Instant now = clock.instant();
        var today = ZonedDateTime.ofInstant(now, HelplineZone.ZONE).toLocalDate();
        Instant tomorrow = today.plusDays(1).atStartOfDay(HelplineZone.ZONE).toInstant();
        Instant weekEnd = today.plusDays(7).atStartOfDay(HelplineZone.ZONE).toInstant();
        return switch (when) {
            case OVERDUE, TEAM_OVERDUE -> new Window(BEGINNING, now);
            case TODAY -> new Window(now, tomorrow);
            case THIS_WEEK -> new Window(tomorrow, weekEnd);
        };
    }

    record Window(Instant from, Instant to) {
    }

    private Long teamOf(VangnetUser user) {
        if (!user.hasPermission(CASE_REASSIGN) || user.teamId() == null) {
            throw new AccessDeniedException("Only supervisors see their team's follow-ups");
        }
        return user.teamId();
    }

    private Long resolveAssignee(VangnetUser user, Long requested, Long teamId) {
        if (requested == null || requested.equals(user.id())) {
            return user.id();
        }
        if (!user.hasPermission(CASE_REASSIGN) || !directory.isActiveMemberOf(requested, teamId)) {
            throw DomainException.onField("assignee", "validation.followup.assignee");
        }
        return requested;
    }

    private FollowUp loadForChange(Long followUpId, long expectedVersion) {
        var followUp = followUps.findById(followUpId).orElseThrow(() -> new DomainException("error.not-found"));
        caseAccess.requireAccess(followUp.getCaseId());
        ConcurrentChangeException.check(followUp, expectedVersion);
        return followUp;
    }

    private java.util.function.Function<FollowUp, FollowUpView> viewer(List<FollowUp> page) {
        var ids = page.stream().map(FollowUp::getId).toList();
        Map<Long, String> names = directory.displayNames(page.stream().map(FollowUp::getAssigneeId).distinct().toList());
        Map<Long, Integer> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            reschedules.countPerFollowUp(ids).forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        }
        return f -> f.toView(Objects.requireNonNullElse(names.get(f.getAssigneeId()), ""),
                counts.getOrDefault(f.getId(), 0));
    }
}
