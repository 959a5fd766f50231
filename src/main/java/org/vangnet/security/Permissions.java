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
    /** Held by no role: only by the reminder job, run through {@link SystemTask}, to read reminder addresses. */
    public static final String REMINDER_SEND = "REMINDER:SEND";

    public static final String CASE_READ = "CASE:READ";
    public static final String CASE_WRITE = "CASE:WRITE";
    public static final String CASE_REASSIGN = "CASE:REASSIGN";
    public static final String CASE_AUDIT_READ = "CASE:AUDIT_READ";
    public static final String CASE_APPROVE_CLOSING = "CASE:APPROVE_CLOSING";
    /** Erase a closed case's personal data now, on request, before its retention period ends. */
    public static final String CASE_ERASE = "CASE:ERASE";
    /** Making a case's police dossier (PDF): an export of case data, with a recent second factor. */
    public static final String CASE_DOSSIER = "CASE:DOSSIER";
    /** Open a case outside one's scope in an emergency, with a reason, for a limited time (break-the-glass). */
    public static final String CASE_EMERGENCY_ACCESS = "CASE:EMERGENCY_ACCESS";
    public static final String WORKLOAD_READ = "WORKLOAD:READ";

    public static final String TAKEDOWN_WRITE = "TAKEDOWN:WRITE";
    public static final String ESCALATION_HANDLE = "ESCALATION:HANDLE";
    public static final String PLATFORM_MANAGE = "PLATFORM:MANAGE";

    public static final String REPORT_READ = "REPORT:READ";

    /** Keep the retention settings (how long closed cases keep personal data). */
    public static final String RETENTION_MANAGE = "RETENTION:MANAGE";

    /** Read the referral directory (partners, their numbers and hours): everyone signed in. */
    public static final String DIRECTORY_READ = "DIRECTORY:READ";
    /** Keep the referral directory. */
    public static final String DIRECTORY_MANAGE = "DIRECTORY:MANAGE";

    /** Keep the advice checklists' steps and their client texts. */
    public static final String ADVICE_MANAGE = "ADVICE:MANAGE";

    private Permissions() {
    }
}
