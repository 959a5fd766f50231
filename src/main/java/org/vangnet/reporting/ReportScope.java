package org.vangnet.reporting;

/**
 * Whose figures a report covers, decided by the reader's role: a counsellor sees their own cases,
 * a supervisor their team's, an administrator every team's — as totals per team, never a name of a
 * counsellor nor a link into a case list. Each level limits the SQL through {@link #caseFilter}.
 */
public record ReportScope(Level level, Long teamId, Long userId, String label) {

    public enum Level { OWN, TEAM, ALL }

    static ReportScope own(Long userId, String displayName) {
        return new ReportScope(Level.OWN, null, userId, displayName);
    }

    static ReportScope team(Long teamId, String teamName) {
        return new ReportScope(Level.TEAM, teamId, null, teamName);
    }

    static ReportScope all() {
        return new ReportScope(Level.ALL, null, null, null);
    }

    /** The condition on the cases module's report views, aliased {@code c} (named parameters {@code :team} / {@code :user}). */
    String caseFilter() {
        return switch (level) {
            case OWN -> "c.counsellor_id = :user";
            case TEAM -> "c.team_id = :team";
            case ALL -> "true";
        };
    }

    /** What the audit trail records as the report's object: the team, the user, or "all". */
    String auditId() {
        return switch (level) {
            case OWN -> "user:" + userId;
            case TEAM -> "team:" + teamId;
            case ALL -> "all";
        };
    }
}
