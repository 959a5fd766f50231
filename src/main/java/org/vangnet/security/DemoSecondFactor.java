package org.vangnet.security;

import java.time.Instant;

/**
 * The authenticator-app secret of every demo account (decision 020), public in the README like the
 * demo password: a newcomer adds it to an app, or computes the code, and signs in as any of them.
 * Demo accounts exist only where demo data is enabled, never with real data.
 */
public final class DemoSecondFactor {

    public static final String SECRET = "VANGNETDEMOCODESAREPUBLICNOTSAFE";

    private DemoSecondFactor() {
    }

    /** The code an authenticator app holding {@link #SECRET} shows at that instant. */
    public static String codeAt(Instant instant) {
        return Totp.codeAt(SECRET, instant);
    }

    /** The code an app holding {@code base32Secret} shows at that instant (for tests that enrol a new account). */
    public static String codeAt(String base32Secret, Instant instant) {
        return Totp.codeAt(base32Secret, instant);
    }
}
