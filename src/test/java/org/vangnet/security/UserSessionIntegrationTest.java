package org.vangnet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vangnet.base.domain.DomainException;
import org.vangnet.testsupport.SignedIn;

/**
 * Sessions (decision 039) through the application's own security filter chain: requests of signed-in
 * sessions are recorded, listed to their user, and once ended (by the user from another session, or
 * by an administrator) the session's next request is refused and sent to sign in, while the others go on.
 */
@SpringBootTest
class UserSessionIntegrationTest {

    private static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final String CHROME_ON_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

    @Autowired
    UserSessionService sessions;
    @Autowired
    UserAccountService accounts;
    @Autowired
    VangnetUserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    FilterChainProxy securityFilters;
    @Autowired
    SessionTracking tracking;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void leaveNoRequestBehind() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void eachOpenSessionIsListedWithItsBrowserAndTheOneAskingIsMarked() {
        var office = signedInSession("lotte", SignedIn.withFreshSecondFactor(users.loadUserByUsername("lotte")));
        var phone = signedInSession("lotte", SignedIn.withFreshSecondFactor(users.loadUserByUsername("lotte")));
        var colleague = signedInSession("admin", SignedIn.withFreshSecondFactor(users.loadUserByUsername("admin")));
        assertThat(request(office, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.PASSED);
        assertThat(request(phone, CHROME_ON_ANDROID)).isEqualTo(Outcome.PASSED);
        assertThat(request(colleague, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.PASSED);

        List<UserSession> listed = in(office, "lotte", sessions::own);

        var mine = listed.stream().filter(s -> s.id() == idOf(office) || s.id() == idOf(phone)).toList();
        assertThat(mine).extracting(UserSession::browser, UserSession::current).containsExactlyInAnyOrder(
                tuple("Firefox 133 · Windows", true),
                tuple("Chrome 131 · Android", false));
        assertThat(listed).noneMatch(s -> s.id() == idOf(colleague));
        assertThat(listed).filteredOn(UserSession::current).singleElement()
                .satisfies(s -> assertThat(s.started()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES)));
        // Only a hash of the id is stored: the id is what a thief would need.
        assertThat(jdbc.queryForObject("select count(*) from user_session where session_key = ?", Long.class, office.getId()))
                .isZero();
    }

    @Test
    void aUserEndsAnotherOfTheirSessionsWhichIsThenSentToSignInWhileThisOneGoesOn() {
        var office = signedInSession("lotte", fresh("lotte"));
        var phone = signedInSession("lotte", fresh("lotte"));
        request(office, FIREFOX_ON_WINDOWS);
        request(phone, CHROME_ON_ANDROID);

        in(office, "lotte", () -> sessions.endOwn(idOf(phone)));

        assertThat(request(phone, CHROME_ON_ANDROID)).isEqualTo(Outcome.SENT_TO_SIGN_IN);
        assertThat(phone.isInvalid()).as("the ended session is invalidated on its node").isTrue();
        assertThat(request(office, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.PASSED);
        assertThat(in(office, "lotte", sessions::own)).extracting(UserSession::id).doesNotContain(idOf(phone))
                .contains(idOf(office));
        assertThat(endReason(phone)).isEqualTo("BY_USER");
        assertThat(audited("own-session-ended", "lotte")).isPositive();
    }

    @Test
    void aUserCanNeitherEndTheSessionTheyAskFromNorSomeoneElsesThroughTheirOwnList() {
        var office = signedInSession("lotte", fresh("lotte"));
        var colleague = signedInSession("admin", fresh("admin"));
        request(office, FIREFOX_ON_WINDOWS);
        request(colleague, FIREFOX_ON_WINDOWS);

        assertThatThrownBy(() -> in(office, "lotte", () -> sessions.endOwn(idOf(colleague))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("sessions.not-found"));
        assertThatThrownBy(() -> in(office, "lotte", () -> sessions.endOwn(idOf(office))))
                .isInstanceOf(DomainException.class);

        assertThat(request(colleague, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.PASSED);
        assertThat(request(office, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.PASSED);
    }

    @Test
    void endingAllOtherSessionsKeepsOnlyTheOneAsking() {
        var office = signedInSession("ines", fresh("ines"));
        var phone = signedInSession("ines", fresh("ines"));
        var laptop = signedInSession("ines", fresh("ines"));
        for (var session : List.of(office, phone, laptop)) {
            request(session, FIREFOX_ON_WINDOWS);
        }
        // Whatever earlier tests left open for this account counts as "other" too.
        int open = in(office, "ines", sessions::own).size();

        assertThat(in(office, "ines", sessions::endOthers)).isEqualTo(open - 1);

        assertThat(request(phone, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.SENT_TO_SIGN_IN);
        assertThat(request(laptop, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.SENT_TO_SIGN_IN);
        assertThat(request(office, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.PASSED);
        assertThat(in(office, "ines", sessions::own)).singleElement().satisfies(s -> assertThat(s.current()).isTrue());
    }

    @Test
    void anAdministratorEndsAllOfAUsersSessionsWithARecentFactorAndItIsAudited() {
        Long lotte = users.loadUserByUsername("lotte").id();
        var office = signedInSession("lotte", fresh("lotte"));
        var phone = signedInSession("lotte", fresh("lotte"));
        var administrator = signedInSession("admin", fresh("admin"));
        request(office, FIREFOX_ON_WINDOWS);
        request(phone, CHROME_ON_ANDROID);
        request(administrator, FIREFOX_ON_WINDOWS);

        int ended = in(administrator, "admin", () -> sessions.endAllOf(lotte));

        assertThat(ended).isGreaterThanOrEqualTo(2);
        assertThat(request(office, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.SENT_TO_SIGN_IN);
        assertThat(request(phone, CHROME_ON_ANDROID)).isEqualTo(Outcome.SENT_TO_SIGN_IN);
        assertThat(request(administrator, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.PASSED);
        assertThat(endReason(phone)).isEqualTo("BY_ADMINISTRATOR");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'UPDATE' and object_type = 'USER' and object_id = ?
                   and detail = ? and actor = 'admin'""", Long.class, lotte.toString(), "sessions-ended:" + ended))
                .isEqualTo(1);
    }

    @Test
    void withoutARecentSecondFactorTheAdministratorIsAskedAgainAndNothingEnds() {
        Long lotte = users.loadUserByUsername("lotte").id();
        var office = signedInSession("lotte", fresh("lotte"));
        request(office, FIREFOX_ON_WINDOWS);
        var admin = users.loadUserByUsername("admin");
        Instant anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        List<GrantedAuthority> stale = new ArrayList<>(admin.getAuthorities());
        stale.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(anHourAgo).build());
        stale.add(FactorGrantedAuthority.withAuthority(SecondFactorService.TOTP_AUTHORITY).issuedAt(anHourAgo).build());
        var administrator = signedInSession("admin", stale);

        assertThatThrownBy(() -> in(administrator, "admin", stale, () -> sessions.endAllOf(lotte)))
                .isInstanceOf(StepUpRequiredException.class);
        assertThat(request(office, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.PASSED);
    }

    @Test
    void aCounsellorCannotEndSomeoneElsesSessions() {
        Long admin = users.loadUserByUsername("admin").id();
        var office = signedInSession("lotte", fresh("lotte"));

        assertThatThrownBy(() -> in(office, "lotte", () -> sessions.endAllOf(admin)))
                .isInstanceOf(AccessDeniedException.class)
                .isNotInstanceOf(StepUpRequiredException.class);
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() {
        String username = "sessie." + UUID.randomUUID().toString().substring(0, 8);
        Long id = new SignedIn(users, securityContext).as("admin", () -> accounts.create(
                new NewAccount(username, "Sessie Test", "een lange zin als wachtwoord", Role.INSTITUTE_STAFF, null)));
        var session = signedInSession(username, fresh(username));
        assertThat(request(session, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.PASSED);

        new SignedIn(users, securityContext).as("admin", () -> accounts.setEnabled(id, false));

        assertThat(request(session, FIREFOX_ON_WINDOWS)).isEqualTo(Outcome.SENT_TO_SIGN_IN);
    }

    @Test
    void aNewSessionIdAfterSigningInKeepsTheRowAndAnExpiredSessionIsNoLongerListed() {
        var office = signedInSession("lotte", fresh("lotte"));
        request(office, FIREFOX_ON_WINDOWS);
        long id = idOf(office);
        var renewed = new MockHttpSession(null, UUID.randomUUID().toString());
        renewed.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                office.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));

        tracking.sessionIdChanged(new HttpSessionEvent(renewed), office.getId());
        assertThat(idOf(renewed)).isEqualTo(id);

        tracking.sessionDestroyed(new HttpSessionEvent(renewed));
        assertThat(endReason(renewed)).isEqualTo("CLOSED");
    }

    @Test
    void rowsOfSessionsLongEndedAreForgotten() {
        long userId = users.loadUserByUsername("lotte").id();
        jdbc.update("""
                insert into user_session (session_key, user_id, node, browser, started_at, last_seen_at, ended_at, end_reason)
                values (?, ?, 'test:1', '', now() - interval '3 days', now() - interval '3 days', now() - interval '3 days', 'CLOSED')""",
                SessionTable.keyOf("long-gone-" + UUID.randomUUID()), userId);
        var recent = signedInSession("lotte", fresh("lotte"));
        request(recent, FIREFOX_ON_WINDOWS);

        tracking.forgetOldSessions();

        assertThat(jdbc.queryForObject("select count(*) from user_session where started_at < now() - interval '2 days'",
                Long.class)).isZero();
        assertThat(idOf(recent)).isPositive();
    }

    private enum Outcome { PASSED, SENT_TO_SIGN_IN, OTHER }

    /** A page request of this session through the security filters, as a browser makes it. */
    private Outcome request(MockHttpSession session, String userAgent) {
        var request = new MockHttpServletRequest("GET", "/account");
        request.setSession(session);
        request.addHeader("Accept", "text/html");
        request.addHeader("User-Agent", userAgent);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        try {
            securityFilters.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            securityContext.clearContext();
        }
        if (chain.getRequest() != null) {
            return Outcome.PASSED;
        }
        return response.getRedirectedUrl() != null && response.getRedirectedUrl().endsWith("/login")
                ? Outcome.SENT_TO_SIGN_IN : Outcome.OTHER;
    }

    /** A session that has completed both steps of signing in, as the second step leaves it. */
    private MockHttpSession signedInSession(String username, List<GrantedAuthority> authorities) {
        var session = new MockHttpSession(null, UUID.randomUUID().toString());
        var user = users.loadUserByUsername(username);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities)));
        return session;
    }

    private List<GrantedAuthority> fresh(String username) {
        UserDetails user = users.loadUserByUsername(username);
        return SignedIn.withFreshSecondFactor(user);
    }

    /** Runs a service call as {@code username}, from within a request of {@code session}. */
    private <T> T in(MockHttpSession session, String username, Supplier<T> action) {
        return in(session, username, fresh(username), action);
    }

    private void in(MockHttpSession session, String username, Runnable action) {
        in(session, username, () -> {
            action.run();
            return null;
        });
    }

    private <T> T in(MockHttpSession session, String username, List<GrantedAuthority> authorities, Supplier<T> action) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(users.loadUserByUsername(username),
                null, authorities));
        securityContext.setContext(context);
        try {
            return action.get();
        } finally {
            securityContext.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private long idOf(MockHttpSession session) {
        return jdbc.queryForObject("select id from user_session where session_key = ?", Long.class,
                SessionTable.keyOf(session.getId()));
    }

    private String endReason(MockHttpSession session) {
        return jdbc.queryForObject("select end_reason from user_session where session_key = ?", String.class,
                SessionTable.keyOf(session.getId()));
    }

    private long audited(String detail, String actor) {
        return jdbc.queryForObject("select count(*) from audit_event where detail = ? and actor = ?", Long.class, detail, actor);
    }
}
