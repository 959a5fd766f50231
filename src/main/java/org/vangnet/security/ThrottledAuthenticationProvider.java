package org.vangnet.security;

import java.time.Clock;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password sign-in, refused while the client address or the account is locked by
 * {@link SignInThrottle}.
 *
 * <p>The address is checked first, before any password work: a locked address costs the server
 * nothing. The account's lock, its being disabled and the password are checked in an order that
 * takes the same time for every outcome: the password is always verified (Spring does the same
 * work for an unknown name), and only then is a locked or disabled account refused. Otherwise a
 * quick answer would tell a guesser that the name exists.
 *
 * <p>A right password does not sign in yet: it yields a {@link SecondFactorPending}, which
 * {@link SecondFactorService} completes (decision 020).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Clock clock;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle,
                                    Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
        this.passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (throttle.isAddressLocked(SignInThrottle.addressOf(attempt))) {
            throw new SignInLockedException(SignInThrottle.Subject.ADDRESS);
        }
        Authentication result = passwords.authenticate(attempt);
        if (!(result.getPrincipal() instanceof VangnetUser user)) {
            throw new IllegalStateException("Unexpected principal " + result.getPrincipal().getClass());
        }
        if (throttle.isAccountLocked(user.id())) {
            throw new SignInLockedException(SignInThrottle.Subject.ACCOUNT);
        }
        // Half-way: no role, no permission until the second factor (decision 020).
        return new SecondFactorPending(user, attempt.getDetails(), clock.instant());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
