package org.vangnet.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work as a given account, through the same services, rules and audit trail as that person
 * would. For start-up jobs such as the demo data only: never from a user's request.
 */
@Component
public class RunAs {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;

    RunAs(UserDetailsService users, SecurityContextHolderStrategy securityContext) {
        this.users = users;
        this.securityContext = securityContext;
    }

    public <T> T as(String username, Supplier<T> work) {
        var user = users.loadUserByUsername(username);
        var previous = securityContext.getContext();
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        securityContext.setContext(context);
        try {
            return work.get();
        } finally {
            securityContext.setContext(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
