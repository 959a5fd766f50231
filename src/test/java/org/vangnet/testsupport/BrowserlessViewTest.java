package org.vangnet.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.internal.CurrentInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.security.SecondFactorService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Screens tested without a browser, against the real application context and database, signed in
 * as one of the demo accounts.
 */
@SpringBootTest
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    private static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Autowired
    private UserDetailsService userDetailsService;
    @Autowired
    private SecurityContextHolderStrategy securityContextStrategy;

    /** Screens are tested in Dutch, the helpline's default language, unless a test switches. */
    @BeforeEach
    void speakDutch() {
        VaadinSession.getCurrent().setLocale(TranslationProvider.DUTCH);
        UI.getCurrent().setLocale(TranslationProvider.DUTCH);
    }

    protected void signInAs(String username) {
        var user = userDetailsService.loadUserByUsername(username);
        signInAs(user, SignedIn.withFreshSecondFactor(user));
    }

    /** Signed in with the authenticator-app code given that long ago: a step-up (decision 021) then asks again. */
    protected void signInAs(String username, Duration secondFactorGivenAgo) {
        var user = userDetailsService.loadUserByUsername(username);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorService.TOTP_AUTHORITY)
                .issuedAt(Instant.now().minus(secondFactorGivenAgo)).build());
        signInAs(user, authorities);
    }

    private void signInAs(UserDetails user, List<GrantedAuthority> authorities) {
        var context = securityContextStrategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        securityContextStrategy.setContext(context);
        // Inside a Vaadin request Spring Security reads the context from the HTTP session, as after a real sign-in.
        VaadinSession.getCurrent().getSession().setAttribute(SECURITY_CONTEXT, context);
    }

    /**
     * The browserless environment leaves Vaadin's current session on the test thread; Spring
     * Security would then look for the context of later, non-Vaadin tests in that stale session.
     */
    @AfterAll
    static void leaveNoVaadinSessionBehind() {
        CurrentInstance.clearAll();
    }

    @AfterEach
    protected void signOut() {
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().getSession().removeAttribute(SECURITY_CONTEXT);
        }
        securityContextStrategy.clearContext();
    }
}
