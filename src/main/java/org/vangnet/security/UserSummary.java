package org.vangnet.security;

import java.time.Instant;

/**
 * An account as the administration list shows it; never the password hash. {@code signInLockedUntil}
 * is set while too many failed sign-ins keep the account locked.
 */
public record UserSummary(Long id, long version, String username, String displayName, Role role,
                          Long teamId, String teamName, boolean enabled, Instant lastLoginAt,
                          Instant signInLockedUntil) {

    /** For the repository's query, which does not know about sign-in locks. */
    public UserSummary(Long id, long version, String username, String displayName, Role role, Long teamId,
                       String teamName, boolean enabled, Instant lastLoginAt) {
        this(id, version, username, displayName, role, teamId, teamName, enabled, lastLoginAt, null);
    }

    public boolean isSignInLocked() {
        return signInLockedUntil != null;
    }

    UserSummary lockedUntil(Instant until) {
        return new UserSummary(id, version, username, displayName, role, teamId, teamName, enabled, lastLoginAt, until);
    }
}
