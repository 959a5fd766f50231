package org.vangnet.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The signed-in user, for services that scope their queries to what that user may see. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;

    CurrentUser(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    public Optional<VangnetUser> get() {
        var authentication = securityContext.getContext().getAuthentication();
        // Half-way through signing in (password given, second factor not yet) is not signed in.
        if (authentication != null && !(authentication instanceof SecondFactorPending)
                && authentication.getPrincipal() instanceof VangnetUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public VangnetUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in user"));
    }
}
