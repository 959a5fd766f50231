package org.vangnet.cases;

import org.vangnet.security.Permissions;
import org.vangnet.security.VangnetUser;

/**
 * Which cases a user may see: a counsellor their own and those shared with them, a supervisor the
 * whole team's, anyone else none. Every case query adds {@link #sql(String)} to its where clause.
 */
record CaseScope(Long userId, Long teamId, Kind kind) {

    enum Kind { OWN_AND_SHARED, TEAM, NONE }

    static CaseScope of(VangnetUser user) {
        if (user.hasPermission(Permissions.CASE_REASSIGN) && user.teamId() != null) {
            return new CaseScope(user.id(), user.teamId(), Kind.TEAM);
        }
        if (user.hasPermission(Permissions.CASE_READ)) {
            return new CaseScope(user.id(), user.teamId(), Kind.OWN_AND_SHARED);
        }
        return new CaseScope(user.id(), null, Kind.NONE);
    }

    /** A condition on the case table aliased {@code alias}, with the named parameters :scopeUser and :scopeTeam. */
    String sql(String alias) {
        return switch (kind) {
            case TEAM -> alias + ".team_id = :scopeTeam";
            case OWN_AND_SHARED -> "(" + alias + ".counsellor_id = :scopeUser or exists (select 1 from case_share s "
                    + "where s.case_id = " + alias + ".id and s.user_id = :scopeUser))";
            case NONE -> "false";
        };
    }

    boolean permits(Long caseTeamId, Long caseCounsellorId, boolean sharedWithUser) {
        return switch (kind) {
            case TEAM -> caseTeamId.equals(teamId);
            case OWN_AND_SHARED -> userId.equals(caseCounsellorId) || sharedWithUser;
            case NONE -> false;
        };
    }

    boolean isSupervisor() {
        return kind == Kind.TEAM;
    }
}
