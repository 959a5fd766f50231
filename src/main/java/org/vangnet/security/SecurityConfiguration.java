package org.vangnet.security;

import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.security.ui.LoginView;
import org.vangnet.security.ui.SecondFactorView;

/**
 * Web and method security: Vaadin's configurer with our login view, CSRF protection of the sign-in
 * form, session fixation protection, the check that refuses ended sessions, the security headers of {@link SecurityHeaders}, Argon2id password hashes, sign-in throttling, and events for every sign-in, failure and denial so
 * the audit trail sees them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** OWASP's minimum for Argon2id: 19 MiB of memory, 2 iterations, 1 lane. */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;
    static final int ARGON2_PARALLELISM = 1;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
                                            VaadinDefaultRequestCache savedPages,
                                            WebSecurityProperties settings, SessionTracking sessions,
                                            SecurityContextHolderStrategy securityContext) throws Exception {
        // The page a signed-out user asked for, kept through both steps of signing in (decision 037).
        savedPages.setDelegateRequestCache(new ReturnToPlace());
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/actuator/health", "/actuator/health/**").permitAll());
        // Unknown paths of a signed-in user go to Vaadin, which answers with the translated "not found" page.
        // Vaadin's own CSRF set-up exempts the sign-in POST; ours below does not (decision 019).
        // After the password always the second step: a saved deep link would only meet a refusal there.
        // The second step goes to it instead (ReturnToPlace).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .defaultSuccessUrl("/" + SecondFactorView.ROUTE, true)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // Vaadin's own requests carry Vaadin's CSRF token (checked by Vaadin); every other POST, the sign-in
        // form's included, needs Spring's, which the login form reads from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // A session ended elsewhere (by its user, by an administrator, on any node) is refused here (decision 039).
        http.addFilterAfter(new EndedSessionFilter(sessions, securityContext), SecurityContextHolderFilter.class);
        SecurityHeaders.configure(http, settings);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = new Argon2PasswordEncoder(16, 32, ARGON2_PARALLELISM, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
        // Prefixing the hash with its algorithm lets a later, stronger setting coexist with old hashes.
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    }

    /** The only authentication provider: it replaces the one Spring would build from the user details service. */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                  SignInThrottle throttle, Clock clock) {
        return new ThrottledAuthenticationProvider(users, passwordEncoder, throttle, clock);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        var events = new DefaultAuthenticationEventPublisher(publisher);
        // Mapped by exact class: without this a throttled sign-in would publish no failure event, and go unaudited.
        events.setAdditionalExceptionMappings(Map.of(SignInLockedException.class, AuthenticationFailureLockedEvent.class));
        return events;
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /** Vaadin's route access check, with every refused navigation written to the audit trail. */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(
            org.springframework.beans.factory.ObjectProvider<AuditTrail> auditTrail) {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withDecisionResolver(new AuditingDecisionResolver(new DefaultAccessCheckDecisionResolver(),
                        auditTrail::getObject));
    }
}
