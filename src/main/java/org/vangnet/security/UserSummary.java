package org.vangnet.security;

import java.time.Instant;

/** An account as the administration list shows it; never the password hash. */
public record UserSummary(Long id, long version, String username, String displayName, Role role,
                          Long teamId, String teamName, boolean enabled, Instant lastLoginAt) {
}
