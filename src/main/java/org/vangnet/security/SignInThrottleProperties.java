package org.vangnet.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins lock an account or a client address, within which window, and for how
 * long ({@code vangnet.sign-in.*}). A maximum of 0 switches that limit off: behind a reverse proxy
 * without {@code server.forward-headers-strategy}, every client has the proxy's address, and the
 * address limit would lock everyone out at once.
 */
@ConfigurationProperties("vangnet.sign-in")
public record SignInThrottleProperties(
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockDuration) {
}
