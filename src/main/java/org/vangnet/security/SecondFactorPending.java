package org.vangnet.security;

import java.io.Serial;
import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The state between a right password and the second factor (decision 020): the session knows who
 * is signing in, but holds no role and no permission, only the password factor. Every view but the
 * second-factor page is refused to it, and so is every service method.
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final VangnetUser user;

    SecondFactorPending(VangnetUser user, Object details, Instant passwordAt) {
        super(List.of(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(passwordAt).build()));
        this.user = user;
        setDetails(details);
        setAuthenticated(true);
    }

    /** Whoever is signing in. */
    public VangnetUser user() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecondFactorPending that && super.equals(that);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
