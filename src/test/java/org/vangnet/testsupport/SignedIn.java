package org.vangnet.testsupport;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs test code signed in as a user, then restores whoever was signed in before. It uses the
 * application context's own {@link SecurityContextHolderStrategy}, the one its {@code @PreAuthorize}
 * checks read: with several test contexts in one JVM, the static holder may belong to another.
 */
public final class SignedIn {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;

    public SignedIn(UserDetailsService users, SecurityContextHolderStrategy securityContext) {
        this.users = users;
        this.securityContext = securityContext;
    }

    public <T> T as(String username, Supplier<T> action) {
        var previous = securityContext.getContext();
        var user = users.loadUserByUsername(username);
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        securityContext.setContext(context);
        try {
            return action.get();
        } finally {
            securityContext.setContext(previous);
        }
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
