package org.vangnet.followups;

/** Open until done (with an outcome) or dismissed (no longer needed). */
public enum FollowUpStatus {
    OPEN, DONE, DISMISSED
}
