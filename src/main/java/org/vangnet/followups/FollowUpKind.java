package org.vangnet.followups;

/** What is to be done. */
public enum FollowUpKind {
    CALL_BACK, CHECK_PLATFORM_ANSWER, CHECK_REAPPEARANCE, POLICE_FOLLOW_UP, OTHER
}
