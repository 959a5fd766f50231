package org.vangnet.security;

import java.io.Serial;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused because the account or the client address had too many failed attempts. The
 * login page says only what it says for a wrong password; the audit trail names which lock it was.
 */
class SignInLockedException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignInThrottle.Subject subject;

    SignInLockedException(SignInThrottle.Subject subject) {
        super("Too many failed sign-ins");
        this.subject = subject;
    }

    SignInThrottle.Subject subject() {
        return subject;
    }
}
