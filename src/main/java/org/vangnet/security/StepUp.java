package org.vangnet.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Step-up (decision 021): the actions that could do the most harm with a stolen, unattended or
 * hijacked session (exports, erasure, escalation, bulk reassignment, user and team administration,
 * retention settings, factor resets) need a second factor given within
 * {@code vangnet.security.step-up-validity}, read from the {@code issuedAt} of the session's
 * {@link FactorGrantedAuthority}. Services call {@link #require()} before such a change.
 */
@Component
public class StepUp {

    static final Set<String> SECOND_FACTORS = Set.of(SecondFactorService.TOTP_AUTHORITY,
            SecondFactorService.RECOVERY_CODE_AUTHORITY, FactorGrantedAuthority.WEBAUTHN_AUTHORITY);

    private final SecurityContextHolderStrategy securityContext;
    private final WebSecurityProperties settings;
    private final Clock clock;

    StepUp(SecurityContextHolderStrategy securityContext, WebSecurityProperties settings, Clock clock) {
        this.securityContext = securityContext;
        this.settings = settings;
        this.clock = clock;
    }

    /** Refuses with {@link StepUpRequiredException} unless the signed-in user gave a second factor recently. */
    public void require() {
        if (!isRecent(securityContext.getContext().getAuthentication())) {
            throw new StepUpRequiredException();
        }
    }

    boolean isRecent(Authentication authentication) {
        if (authentication == null) {
            return false;
        }
        if (authentication.getAuthorities().stream().anyMatch(a -> RunAs.START_UP_JOB.equals(a.getAuthority()))) {
            return true;
        }
        Instant oldestAccepted = clock.instant().minus(settings.stepUpValidity());
        return authentication.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance).map(FactorGrantedAuthority.class::cast)
                .filter(factor -> SECOND_FACTORS.contains(factor.getAuthority()))
                .anyMatch(factor -> !factor.getIssuedAt().isBefore(oldestAccepted));
    }
}
