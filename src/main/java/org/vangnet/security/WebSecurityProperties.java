package org.vangnet.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web security settings ({@code vangnet.security.*}).
 *
 * @param contentSecurityPolicy the Content-Security-Policy of every response; the default is the
 *                              narrowest Vaadin 25 works with in both modes (decision 019)
 * @param stepUpValidity        how recent a second factor must be for the actions that need one
 *                              (exports, user administration...); older, and it is asked again (decision 021)
 */
@ConfigurationProperties("vangnet.security")
public record WebSecurityProperties(
        @DefaultValue(WebSecurityProperties.CONTENT_SECURITY_POLICY) String contentSecurityPolicy,
        @DefaultValue("5m") Duration stepUpValidity) {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "worker-src 'self'; "
            + "manifest-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";
}
