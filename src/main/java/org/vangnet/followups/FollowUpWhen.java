package org.vangnet.followups;

/**
 * The groups of "My work", in the helpline's time zone: overdue, due later today, due in the six
 * days after today; and for supervisors, the overdue follow-ups of their whole team.
 */
public enum FollowUpWhen {
    OVERDUE, TODAY, THIS_WEEK, TEAM_OVERDUE
}
