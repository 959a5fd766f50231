package org.vangnet.followups;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.vangnet.takedowns.TakedownStatus;

/**
 * Every automatic follow-up, in one place. Each rule turns something that happened into follow-ups
 * with a due moment; the automation stores them once per {@link PlannedFollowUp#ruleKey()}.
 *
 * <ul>
 *   <li>A new case: a first call-back within 24 hours (the child helpline's e-mail promise).</li>
 *   <li>A takedown submitted: check the platform's answer after 48 hours.</li>
 *   <li>A takedown removed: check whether the images reappeared after 7 and after 30 days.</li>
 *   <li>An extortion deadline: an urgent follow-up two hours before it, or now if that is later.</li>
 *   <li>A court order submitted: an urgent check that the host removed the content when its six
 *       hours run out.</li>
 *   <li>A refusal or restriction: decide with the client whether to appeal, two weeks before the
 *       appeal deadline (or now if that is later).</li>
 *   <li>The institute recorded a platform's decision on an escalated request: check the answer and
 *       inform the client, now, for the case's counsellor (and the reappearance checks of a removal).</li>
 * </ul>
 * A case that closes takes its open follow-ups with it; one that reopens gets none back, and no
 * first call-back either (that rule answers a case opened, not reopened).
 */
final class FollowUpRules {

    static final String FIRST_CALL_BACK = "FIRST_CALL_BACK";
    static final String PLATFORM_ANSWER = "PLATFORM_ANSWER";
    static final String REAPPEARANCE_7_DAYS = "REAPPEARANCE_7_DAYS";
    static final String REAPPEARANCE_30_DAYS = "REAPPEARANCE_30_DAYS";
    static final String EXTORTION_DEADLINE = "EXTORTION_DEADLINE";
    static final String INSTITUTE_DECISION = "INSTITUTE_DECISION";
    static final String COURT_ORDER_DEADLINE = "COURT_ORDER_DEADLINE";
    static final String APPEAL_DEADLINE = "APPEAL_DEADLINE";

    static final Duration FIRST_CALL_BACK_WITHIN = Duration.ofHours(24);
    static final Duration PLATFORM_ANSWER_AFTER = Duration.ofHours(48);
    static final Duration FIRST_REAPPEARANCE_CHECK = Duration.ofDays(7);
    static final Duration SECOND_REAPPEARANCE_CHECK = Duration.ofDays(30);
    static final Duration BEFORE_EXTORTION_DEADLINE = Duration.ofHours(2);
    /** The appeal is decided with the client well before it lapses: two weeks is time to prepare it. */
    static final java.time.Period BEFORE_APPEAL_DEADLINE = java.time.Period.ofWeeks(2);

    private FollowUpRules() {
    }

    static List<PlannedFollowUp> caseOpened(Long caseId, Instant now) {
        return List.of(new PlannedFollowUp(FIRST_CALL_BACK, FIRST_CALL_BACK + ":case:" + caseId, FollowUpKind.CALL_BACK,
                now.plus(FIRST_CALL_BACK_WITHIN), false, null, null));
    }

    static List<PlannedFollowUp> takedownMoved(Long requestId, TakedownStatus to, Instant now) {
        return switch (to) {
            case SUBMITTED -> List.of(new PlannedFollowUp(PLATFORM_ANSWER, PLATFORM_ANSWER + ":takedown:" + requestId,
                    FollowUpKind.CHECK_PLATFORM_ANSWER, now.plus(PLATFORM_ANSWER_AFTER), false, requestId, null));
            case REMOVED -> List.of(
                    new PlannedFollowUp(REAPPEARANCE_7_DAYS, REAPPEARANCE_7_DAYS + ":takedown:" + requestId,
                            FollowUpKind.CHECK_REAPPEARANCE, now.plus(FIRST_REAPPEARANCE_CHECK), false, requestId, null),
                    new PlannedFollowUp(REAPPEARANCE_30_DAYS, REAPPEARANCE_30_DAYS + ":takedown:" + requestId,
                            FollowUpKind.CHECK_REAPPEARANCE, now.plus(SECOND_REAPPEARANCE_CHECK), false, requestId, null));
            default -> List.of();
        };
    }

    /**
     * The institute recorded what the platform decided on an escalated request. Whoever handles the
     * case checks the answer and tells the client at once; a removal also gets its reappearance checks.
     */
    static List<PlannedFollowUp> instituteDecided(Long requestId, TakedownStatus to, Instant now) {
        if (!to.isDecision()) {
            return List.of();
        }
        var plans = new java.util.ArrayList<PlannedFollowUp>();
        plans.add(new PlannedFollowUp(INSTITUTE_DECISION, INSTITUTE_DECISION + ":takedown:" + requestId + ":" + to,
                FollowUpKind.CHECK_PLATFORM_ANSWER, now, false, requestId, null));
        plans.addAll(takedownMoved(requestId, to, now));
        return List.copyOf(plans);
    }

    /** Nothing for a deadline already past; a changed deadline is a new one and gets its own follow-up. */
    static List<PlannedFollowUp> extortionDeadline(Long contactId, Instant deadline, Instant now) {
        if (deadline == null || !deadline.isAfter(now)) {
            return List.of();
        }
        Instant before = deadline.minus(BEFORE_EXTORTION_DEADLINE);
        return List.of(new PlannedFollowUp(EXTORTION_DEADLINE,
                EXTORTION_DEADLINE + ":contact:" + contactId + ":" + deadline.getEpochSecond(), FollowUpKind.CALL_BACK,
                before.isAfter(now) ? before : now, true, null, contactId));
    }

    /**
     * A court order's six hours: check at the deadline that the host removed the content (urgent).
     * The appeal deadline: decide about an appeal with the client two weeks before it. Each deadline
     * is planned once; a later, different deadline (submitted again) is a new one.
     */
    static List<PlannedFollowUp> takedownDeadlines(Long requestId, Instant courtOrderDeadline,
                                                   java.time.LocalDate appealDeadline, Instant now) {
        var plans = new java.util.ArrayList<PlannedFollowUp>();
        if (courtOrderDeadline != null && courtOrderDeadline.isAfter(now)) {
            plans.add(new PlannedFollowUp(COURT_ORDER_DEADLINE,
                    COURT_ORDER_DEADLINE + ":takedown:" + requestId + ":" + courtOrderDeadline.getEpochSecond(),
                    FollowUpKind.CHECK_PLATFORM_ANSWER, courtOrderDeadline, true, requestId, null));
        }
        if (appealDeadline != null) {
            Instant lapses = appealDeadline.atStartOfDay(org.vangnet.base.time.HelplineZone.ZONE).toInstant();
            if (lapses.isAfter(now)) {
                Instant before = appealDeadline.minus(BEFORE_APPEAL_DEADLINE)
                        .atTime(9, 0).atZone(org.vangnet.base.time.HelplineZone.ZONE).toInstant();
                plans.add(new PlannedFollowUp(APPEAL_DEADLINE, APPEAL_DEADLINE + ":takedown:" + requestId + ":"
                        + appealDeadline, FollowUpKind.CHECK_PLATFORM_ANSWER, before.isAfter(now) ? before : now, false,
                        requestId, null));
            }
        }
        return List.copyOf(plans);
    }
}
