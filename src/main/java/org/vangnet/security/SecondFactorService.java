package org.vangnet.security;

import static org.vangnet.security.Permissions.USER_MANAGE;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.DomainException;

/**
 * The second step of signing in (decision 020): an authenticator-app code, a passkey (decision 018)
 * or a one-time recovery code, after the password. An account without a factor enrols one right there, at its first sign-in.
 * Wrong codes count towards the same locks as wrong passwords ({@link SignInThrottle}) and are
 * audited like them; a locked account or address is refused here too, whatever the code.
 *
 * <p>Only the half-signed-in session ({@link SecondFactorPending}) may use the sign-in methods: it
 * holds the password factor and nothing else. Nothing here is transactional as a whole: a refusal
 * must leave its audit line and its count behind.
 */
@Service
public class SecondFactorService {

    /** The factor authority of an authenticator-app code (Spring Security has none of its own for TOTP). */
    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";
    /** The factor authority of a recovery code. */
    public static final String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";
    static final String ISSUER = "Vangnet";
    private static final String PENDING = "hasAuthority('" + FactorGrantedAuthority.PASSWORD_AUTHORITY + "')";

    /** A new secret to add to an app: stored only once a code from the app confirms it. */
    public record Enrolment(String secret, String groupedSecret, String uri) {
    }

    /** The completed sign-in, and the recovery codes to show once. */
    public record Enrolled(Authentication signedIn, List<String> recoveryCodes) {
    }

    private final SecondFactorStore store;
    private final UserAccountRepository users;
    private final SignInThrottle throttle;
    private final SecurityContextHolderStrategy securityContext;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;
    private final StepUp stepUp;
    private final Passkeys passkeys;
    private final Clock clock;

    SecondFactorService(SecondFactorStore store, UserAccountRepository users, SignInThrottle throttle,
                        SecurityContextHolderStrategy securityContext, ApplicationEventPublisher events,
                        AuditTrail auditTrail, StepUp stepUp, Passkeys passkeys, Clock clock) {
        this.stepUp = stepUp;
        this.passkeys = passkeys;
        this.store = store;
        this.users = users;
        this.throttle = throttle;
        this.securityContext = securityContext;
        this.events = events;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Whether the user signing in has yet to add an authenticator app. */
    @PreAuthorize(PENDING)
    public boolean needsEnrolment() {
        return !store.hasAuthenticatorApp(pending().user().id());
    }

    @PreAuthorize(PENDING)
    public Enrolment newEnrolment() {
        String secret = Totp.newSecret();
        return new Enrolment(secret, Totp.grouped(secret), Totp.uri(ISSUER, pending().user().getUsername(), secret));
    }

    /**
     * Stores the secret once the app's current code proves it was added, and completes the sign-in.
     * A wrong code counts as a failed sign-in and leaves nothing stored.
     */
    @PreAuthorize(PENDING)
    public Enrolled enrol(Enrolment enrolment, String code) {
        var pending = pending();
        refuseIfLocked(pending, pending.user());
        if (!needsEnrolment()) {
            // Someone (the same user, in another tab) enrolled meanwhile: this secret must not replace that one.
            throw DomainException.onField("code", "second-factor.code.rejected");
        }
        OptionalLong step = Totp.matchingStep(enrolment.secret(), code, clock.instant(), null);
        if (step.isEmpty()) {
            throw refused(pending);
        }
        List<String> codes = store.enrol(pending.user().id(), enrolment.secret(), step.getAsLong(), clock.instant());
        auditTrail.record(AuditEntry.created("SECOND_FACTOR", pending.user().id()).withDetail("totp")
                .by(pending.user().getUsername(), pending.user().role().name()));
        return new Enrolled(complete(pending, TOTP_AUTHORITY), codes);
    }

    /** Checks a code from the app, or else a recovery code (used up), and completes the sign-in. */
    @PreAuthorize(PENDING)
    public Authentication verify(String code) {
        var pending = pending();
        refuseIfLocked(pending, pending.user());
        return complete(pending, checkCode(pending, pending.user(), code));
    }

    /**
     * Step-up (decision 021): the signed-in user proves again, with a code, that it is still them.
     * Returns their authentication with that factor stamped now; wrong codes count as failed sign-ins.
     */
    @PreAuthorize("isAuthenticated()")
    public Authentication confirmAgain(String code) {
        return reconfirm((current, user) -> checkCode(current, user, code));
    }

    /** Step-up with a passkey instead of a code (decision 018): the same rules, {@code FACTOR_WEBAUTHN} stamped now. */
    @PreAuthorize("isAuthenticated()")
    public Authentication confirmAgainWithPasskey(PasskeyRequest request, String credentialJson) {
        return reconfirm((current, user) -> checkPasskey(current, user, request, credentialJson));
    }

    /** Whether whoever is signing in (or signed in) has a passkey to offer instead of a code. */
    @PreAuthorize("isAuthenticated()")
    public boolean hasPasskey() {
        return passkeys.hasAny(signingIn().getUsername());
    }

    /** A one-time challenge for one of the user's own passkeys, at the second step or for a step-up. */
    @PreAuthorize("isAuthenticated()")
    public PasskeyRequest passkeyRequest() {
        signingIn();
        return passkeys.startRequest(securityContext.getContext().getAuthentication());
    }

    /** The second step with a passkey (decision 018): completes the sign-in like a code; a refusal counts like a wrong code. */
    @PreAuthorize(PENDING)
    public Authentication verifyPasskey(PasskeyRequest request, String credentialJson) {
        var pending = pending();
        refuseIfLocked(pending, pending.user());
        return complete(pending, checkPasskey(pending, pending.user(), request, credentialJson));
    }

    private String checkPasskey(Authentication attempt, VangnetUser user, PasskeyRequest request, String credentialJson) {
        if (request != null && credentialJson != null && passkeys.verify(request, credentialJson, user.getUsername())) {
            return FactorGrantedAuthority.WEBAUTHN_AUTHORITY;
        }
        refused(attempt);
        throw new DomainException("passkey.refused");
    }

    private Authentication reconfirm(java.util.function.BiFunction<Authentication, VangnetUser, String> check) {
        Authentication current = securityContext.getContext().getAuthentication();
        if (!(current.getPrincipal() instanceof VangnetUser user) || current instanceof SecondFactorPending) {
            throw new AccessDeniedException("No signed-in user");
        }
        refuseIfLocked(current, user);
        String factor = check.apply(current, user);
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities().stream()
                .filter(a -> !a.getAuthority().equals(factor)).toList());
        authorities.add(FactorGrantedAuthority.withAuthority(factor).issuedAt(clock.instant()).build());
        var confirmed = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        confirmed.setDetails(current.getDetails());
        throttle.recordSuccess(user.id());
        auditTrail.record(AuditEntry.updated(UserAccountService.AUDIT_TYPE, user.id(),
                "step-up:" + factor.replace("FACTOR_", "").toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        return confirmed;
    }

    /** The factor the code proves (app code first, then recovery code), or a counted, audited refusal. */
    private String checkCode(Authentication attempt, VangnetUser user, String code) {
        var secret = store.totpSecret(user.id());
        if (secret.isPresent()) {
            OptionalLong step = Totp.matchingStep(secret.get().base32(), code, clock.instant(), secret.get().lastUsedStep());
            if (step.isPresent() && store.consumeStep(user.id(), step.getAsLong())) {
                return TOTP_AUTHORITY;
            }
        }
        if (store.consumeRecoveryCode(user.id(), code, clock.instant())) {
            return RECOVERY_CODE_AUTHORITY;
        }
        throw refused(attempt);
    }

    /** Recovery codes the signed-in user has left. */
    @PreAuthorize("hasAuthority('" + Permissions.PROFILE_EDIT + "')")
    public int unusedRecoveryCodes() {
        return store.unusedRecoveryCodes(signedInUserId());
    }

    /** A fresh set of recovery codes for the signed-in user, shown once; the earlier ones stop working. */
    @PreAuthorize("hasAuthority('" + Permissions.PROFILE_EDIT + "')")
    @Transactional
    public List<String> renewOwnRecoveryCodes() {
        Long id = signedInUserId();
        List<String> codes = store.newRecoveryCodes(id, clock.instant());
        auditTrail.record(AuditEntry.updated("SECOND_FACTOR", id, "recovery-codes-renewed"));
        return codes;
    }

    /**
     * Forgets every factor of an account (a lost phone), passkeys included: its user enrols again at the next sign-in,
     * with the password only in between, so an administrator should also reset the password when
     * the phone may have gone with it.
     */
    @PreAuthorize("hasAuthority('" + USER_MANAGE + "')")
    @Transactional
    public void reset(Long userId) {
        stepUp.require();
        if (users.findById(userId).isEmpty()) {
            throw new DomainException("error.not-found");
        }
        store.reset(userId);
        passkeys.forgetAll(userId);
        auditTrail.record(AuditEntry.updated(UserAccountService.AUDIT_TYPE, userId, "second-factor-reset"));
    }

    /** The user of the session, half-way through signing in or signed in. */
    private VangnetUser signingIn() {
        if (securityContext.getContext().getAuthentication().getPrincipal() instanceof VangnetUser user) {
            return user;
        }
        throw new AccessDeniedException("No user signing in");
    }

    private SecondFactorPending pending() {
        if (securityContext.getContext().getAuthentication() instanceof SecondFactorPending pending) {
            return pending;
        }
        throw new AccessDeniedException("No sign-in waiting for its second factor");
    }

    private Long signedInUserId() {
        if (securityContext.getContext().getAuthentication().getPrincipal() instanceof VangnetUser user) {
            return user.id();
        }
        throw new AccessDeniedException("No signed-in user");
    }

    private void refuseIfLocked(Authentication pending, VangnetUser user) {
        SignInLockedException locked = null;
        if (throttle.isAddressLocked(SignInThrottle.addressOf(pending))) {
            locked = new SignInLockedException(SignInThrottle.Subject.ADDRESS);
        } else if (throttle.isAccountLocked(user.id())) {
            locked = new SignInLockedException(SignInThrottle.Subject.ACCOUNT);
        }
        if (locked != null) {
            events.publishEvent(new AuthenticationFailureLockedEvent(pending, locked));
            throw DomainException.onField("code", "second-factor.code.rejected");
        }
        // Disabled by an administrator between the two steps.
        if (!users.findById(user.id()).map(UserAccount::isEnabled).orElse(false)) {
            events.publishEvent(new AuthenticationFailureDisabledEvent(pending, new DisabledException("Disabled")));
            throw DomainException.onField("code", "second-factor.code.rejected");
        }
    }

    private DomainException refused(Authentication pending) {
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(pending, new SecondFactorRejectedException()));
        return DomainException.onField("code", "second-factor.code.rejected");
    }

    /** The full sign-in: the role's authorities, the password factor as it was, and this factor, now. */
    private Authentication complete(SecondFactorPending pending, String factor) {
        List<GrantedAuthority> authorities = new ArrayList<>(pending.user().getAuthorities());
        authorities.addAll(pending.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(factor).issuedAt(clock.instant()).build());
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(pending.user(), null, authorities);
        signedIn.setDetails(pending.getDetails());
        events.publishEvent(new AuthenticationSuccessEvent(signedIn));
        return signedIn;
    }
}
