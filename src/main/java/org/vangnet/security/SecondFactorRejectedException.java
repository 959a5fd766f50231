package org.vangnet.security;

import java.io.Serial;
import org.springframework.security.authentication.BadCredentialsException;

/** A wrong, reused or unknown code at the second step; audited as {@code second-factor-rejected}. */
class SecondFactorRejectedException extends BadCredentialsException {

    @Serial
    private static final long serialVersionUID = 1L;

    SecondFactorRejectedException() {
        super("Second factor rejected");
    }
}
