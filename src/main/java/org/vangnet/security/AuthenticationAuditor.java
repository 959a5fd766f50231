package org.vangnet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditOutcome;
import org.vangnet.base.audit.AuditTrail;

/**
 * Writes sign-ins, failed sign-ins, sign-outs and refused method or request authorisations to the
 * audit trail. For a failed sign-in the typed name is recorded only when such an account exists:
 * people sometimes type their password into the name field, and that must not land in the log.
 *
 * <p>Failed sign-ins also count towards {@link SignInThrottle}'s limits, in the same transaction
 * as their audit line; a lock that begins is audited too ({@code sign-in-locked} on the account or
 * on the client address).
 */
@Component
class AuthenticationAuditor {

    static final String UNKNOWN_ACTOR = "(unknown)";
    static final String SYSTEM_ACTOR = "(system)";
    private static final int MAX_DETAIL = 100;

    static final String ADDRESS_TYPE = "SIGN_IN_ADDRESS";
    static final String LOCKED = "sign-in-locked";

    private final AuditTrail auditTrail;
    private final UserAccountRepository users;
    private final SignInThrottle throttle;
    private final Clock clock;

    AuthenticationAuditor(AuditTrail auditTrail, UserAccountRepository users, SignInThrottle throttle, Clock clock) {
        this.auditTrail = auditTrail;
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        // A right password alone is no sign-in yet: it must not forget the failures a code guesser made.
        if (event.getAuthentication() instanceof SecondFactorPending) {
            return;
        }
        if (event.getAuthentication().getPrincipal() instanceof VangnetUser user) {
            users.recordLogin(user.id(), clock.instant());
            throttle.recordSuccess(user.id());
            String factors = event.getAuthentication().getAuthorities().stream()
                    .filter(FactorGrantedAuthority.class::isInstance).map(GrantedAuthority::getAuthority)
                    .filter(a -> !a.equals(FactorGrantedAuthority.PASSWORD_AUTHORITY))
                    .map(a -> a.replace("FACTOR_", "").toLowerCase(Locale.ROOT).replace('_', '-'))
                    .sorted().reduce((a, b) -> a + "," + b).orElse(null);
            auditTrail.record(AuditEntry.of(AuditAction.LOGIN, "USER", user.id()).withDetail(factors)
                    .by(user.getUsername(), user.role().name()));
        }
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String typed = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT);
        var account = users.findByUsername(typed);
        String reason = event.getException() instanceof SignInLockedException locked
                ? LOCKED + ":" + locked.subject().name().toLowerCase(Locale.ROOT)
                : event.getException().getClass().getSimpleName()
                .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        auditTrail.record(new AuditEntry(AuditAction.LOGIN_FAILED, "USER",
                account.map(a -> a.getId().toString()).orElse(null), AuditOutcome.FAILED, reason,
                account.map(UserAccount::getUsername).orElse(UNKNOWN_ACTOR),
                account.map(a -> a.getRole().name()).orElse(null)));
        // A refusal because of a lock is not another guess: counting it would only lengthen nothing.
        if (event.getException() instanceof SignInLockedException) {
            return;
        }
        String address = SignInThrottle.addressOf(event.getAuthentication());
        for (var lock : throttle.recordFailure(account.map(UserAccount::getId).orElse(null), address)) {
            // The system locks, not the person who typed: whoever that was is in the line above.
            AuditEntry locked = switch (lock) {
                case ACCOUNT -> AuditEntry.updated("USER", account.orElseThrow().getId(), LOCKED);
                case ADDRESS -> AuditEntry.updated(ADDRESS_TYPE, SignInThrottle.addressKey(address), LOCKED);
            };
            auditTrail.record(locked.by(SYSTEM_ACTOR, null));
        }
    }

    @EventListener
    @Transactional
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof VangnetUser user) {
            auditTrail.record(AuditEntry.of(AuditAction.LOGOUT, "USER", user.id())
                    .by(user.getUsername(), user.role().name()));
        }
    }

    /** Only the first segment, reduced to plain characters: the rest of a URL is whatever someone typed. */
    static String firstPathSegment(String uri) {
        String path = uri == null ? "" : uri.replaceFirst("^/+", "");
        int slash = path.indexOf('/');
        String segment = (slash < 0 ? path : path.substring(0, slash)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "");
        return segment.length() > 40 ? segment.substring(0, 40) : segment;
    }

    /** In its own transaction: the refused call's transaction, if any, is about to roll back. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        // Anonymous visitors are simply sent to the login page; only a signed-in user's refusal is news.
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !(authentication.getPrincipal() instanceof VangnetUser user)) {
            return;
        }
        String target = switch (event.getSource()) {
            case MethodInvocation invocation -> invocation.getMethod().getDeclaringClass().getSimpleName()
                    + "." + invocation.getMethod().getName();
            case HttpServletRequest request -> "http:" + firstPathSegment(request.getRequestURI());
            default -> event.getSource().getClass().getSimpleName();
        };
        String detail = target.length() > MAX_DETAIL ? target.substring(0, MAX_DETAIL) : target;
        auditTrail.record(AuditEntry.denied("OPERATION", null, detail).by(user.getUsername(), user.role().name()));
    }
}
