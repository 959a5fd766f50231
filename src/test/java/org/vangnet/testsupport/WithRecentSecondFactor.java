package org.vangnet.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * Like {@code @WithUserDetails}, but signed in as after a real sign-in: with a second factor given
 * just now, as the actions needing a recent one require (decision 021).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@WithSecurityContext(factory = WithRecentSecondFactor.Factory.class)
public @interface WithRecentSecondFactor {

    String value();

    final class Factory implements WithSecurityContextFactory<WithRecentSecondFactor> {

        private final UserDetailsService users;

        Factory(UserDetailsService users) {
            this.users = users;
        }

        @Override
        public SecurityContext createSecurityContext(WithRecentSecondFactor annotation) {
            var user = users.loadUserByUsername(annotation.value());
            SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    SignedIn.withFreshSecondFactor(user)));
            return context;
        }
    }
}
