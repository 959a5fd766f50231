package org.vangnet.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work as a given account, through the same services, rules and audit trail as that person
 * would. For start-up jobs such as the demo data only: never from a user's request.
 */
@Component
public class RunAs {

    /**
     * Marks work run this way: it is no session anyone could leave unattended or hijack, so step-up
     * (decision 021) does not ask it for a second factor; the demo data escalates a takedown.
     */
    static final String START_UP_JOB = "JOB:START_UP";

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
        var authorities = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(START_UP_JOB));
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
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
