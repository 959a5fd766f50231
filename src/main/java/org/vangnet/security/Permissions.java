package org.vangnet.security;

/**
 * Permission constants, {@code RESOURCE:ACTION}. Services check these with {@code @PreAuthorize};
 * roles grant them (see {@link Role}). Scope (own, team, all) is enforced in queries, not here.
 */
public final class Permissions {

    public static final String USER_MANAGE = "USER:MANAGE";
    public static final String TEAM_MANAGE = "TEAM:MANAGE";
    public static final String AUDIT_READ = "AUDIT:READ";
    public static final String PROFILE_EDIT = "PROFILE:EDIT";

    public static final String CASE_READ = "CASE:READ";
    public static final String CASE_WRITE = "CASE:WRITE";
    public static final String CASE_REASSIGN = "CASE:REASSIGN";
    public static final String CASE_AUDIT_READ = "CASE:AUDIT_READ";
    public static final String WORKLOAD_READ = "WORKLOAD:READ";

    public static final String TAKEDOWN_WRITE = "TAKEDOWN:WRITE";
    public static final String ESCALATION_HANDLE = "ESCALATION:HANDLE";
    public static final String PLATFORM_MANAGE = "PLATFORM:MANAGE";

    public static final String REPORT_READ = "REPORT:READ";

    /**
     * Held by no role: only by a scheduled job run through {@link SystemTask}, to read the addresses
     * follow-up reminders go to.
     */
    public static final String REMINDER_SEND = "REMINDER:SEND";

    private Permissions() {
    }
}
