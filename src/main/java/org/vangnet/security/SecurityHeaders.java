package org.vangnet.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every answer carries, the login page and static files included (decision
 * 019). Spring Security's defaults stay on: {@code X-Content-Type-Options: nosniff},
 * {@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate} on every response that does
 * not set its own (Vaadin sets long caching only on its versioned, content-free bundles), and HSTS
 * only when the request is HTTPS (directly, or as forwarded by a trusted proxy): a browser ignores
 * it over plain HTTP anyway, and sending it from a developer's localhost would pin that name to HTTPS.
 */
final class SecurityHeaders {

    /** Nothing Vangnet does needs these; passkeys ({@code publickey-credentials-*}) keep their default, 'self'. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
            + "browsing-topics=()";

    private SecurityHeaders() {
    }

    static void configure(HttpSecurity http, WebSecurityProperties settings) {
        http.headers(headers -> headers
                // Written before the servlet runs: Vaadin's bootstrap page (the login page among them) is
                // otherwise committed past the filter's response wrapper and goes out without any of them.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(settings.contentSecurityPolicy()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(365L * 24 * 3600)));
    }
}
