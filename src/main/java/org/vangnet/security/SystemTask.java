package org.vangnet.security;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job's work with one permission that no role holds, so it can call another
 * module's {@code @PreAuthorize}d service without a signed-in user and without reading that module's
 * tables. Only the permissions listed here can be held this way; the audit trail names the actor
 * {@code (system)}. Never for work a user asked for: that runs as the user.
 */
@Component
public class SystemTask {

    public static final String ACTOR = "(system)";

    /** What a system task may hold: nothing that opens case content. */
    static final Set<String> GRANTABLE = Set.of(Permissions.REMINDER_SEND);

    private final SecurityContextHolderStrategy securityContext;

    SystemTask(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    public <T> T run(String permission, Supplier<T> work) {
        if (!GRANTABLE.contains(permission)) {
            throw new IllegalArgumentException("Not a system permission: " + permission);
        }
        var previous = securityContext.getContext();
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null,
                List.of(new SimpleGrantedAuthority(permission))));
        securityContext.setContext(context);
        try {
            return work.get();
        } finally {
            securityContext.setContext(previous);
        }
    }
}
