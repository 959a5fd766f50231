package org.vangnet.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers every answer carries, the login page and static files included (decision
 * 019). Spring Security's defaults stay on: {@code X-Content-Type-Options: nosniff},
 * {@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate} with {@code Pragma: no-cache}
 * and {@code Expires: 0} on every response except Vaadin's versioned, content-free files (see
 * {@link #VERSIONED_STATIC_FILE}), and HSTS only when the request is HTTPS (directly, or as forwarded
 * by a trusted proxy): a browser ignores it over plain HTTP anyway, and sending it from a developer's
 * localhost would pin that name to HTTPS.
 */
final class SecurityHeaders {

    /** Nothing Vangnet does needs these; passkeys ({@code publickey-credentials-*}) keep their default, 'self'. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
            + "browsing-topics=()";

    /**
     * Vaadin's own files whose address changes with their content: the bundle's chunks under
     * {@code /VAADIN/build/} (a hash in every name) and the style sheets the page links with their
     * content hash ({@code ?v-c=}). Vaadin gives them their caching ({@code max-age}, for the style sheets
     * {@code immutable}); they hold no one's data. They get no cache headers of ours: the headers are
     * written before the servlet runs, so Vaadin can replace {@code Cache-Control} but the
     * {@code Pragma: no-cache} left beside it makes Chromium revalidate every chunk on every page load
     * (about fifteen requests through this filter chain before a screen can start; decision 051).
     */
    static final RequestMatcher VERSIONED_STATIC_FILE = SecurityHeaders::isVersionedStaticFile;

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
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(VERSIONED_STATIC_FILE), new CacheControlHeadersWriter()))
                .contentSecurityPolicy(csp -> csp.policyDirectives(settings.contentSecurityPolicy()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(365L * 24 * 3600)));
    }

    private static boolean isVersionedStaticFile(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        // As the container decoded and normalised it: no "/VAADIN/build/../" gets the login page past.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String query = request.getQueryString();
        return path.startsWith("/VAADIN/build/")
                || path.endsWith(".css") && query != null && (query.startsWith("v-c=") || query.contains("&v-c="));
    }
}
