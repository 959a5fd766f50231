package org.vangnet.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.vangnet.security.SecondFactorService;
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
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, SignedIn.withFreshSecondFactor(user)));
        securityContext.setContext(context);
        try {
            return action.get();
        } finally {
            securityContext.setContext(previous);
        }
    }

    /**
     * The user's authorities as after a real sign-in: password and authenticator-app factors given
     * just now, so that actions needing a recent second factor (decision 021) go through.
     */
    public static List<GrantedAuthority> withFreshSecondFactor(UserDetails user) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(Instant.now()).build());
        authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorService.TOTP_AUTHORITY).issuedAt(Instant.now()).build());
        return authorities;
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
