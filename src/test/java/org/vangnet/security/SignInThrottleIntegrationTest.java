package org.vangnet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.vangnet.followups.FollowUpTestConfiguration;
import org.vangnet.followups.MutableClock;
import org.vangnet.testsupport.SignedIn;

/**
 * Password guessing meets a lock, the real user does not stay locked out: counted per account and
 * per client address through the application's own authentication manager, with a clock the test
 * moves. Shares the follow-up tests' context (and its movable clock).
 */
@SpringBootTest(properties = {FollowUpTestConfiguration.CONTEXT, FollowUpTestConfiguration.NO_CRON})
@Import(FollowUpTestConfiguration.class)
class SignInThrottleIntegrationTest {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    UserAccountService accounts;
    @Autowired
    SignInAddressLocks addressLocks;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    AuthenticationManager authentication;
    String username;
    Long accountId;
    String address;

    @BeforeEach
    void aFreshAccountAndAddress() throws Exception {
        clock.set(Instant.parse("2026-03-02T09:00:00Z").plusSeconds(ThreadLocalRandom.current().nextInt(1_000_000)));
        securityContext.clearContext();
        authentication = authenticationConfiguration.getAuthenticationManager();
        username = "throttle." + ThreadLocalRandom.current().nextInt(1_000_000);
        accountId = asAdmin(() -> accounts.create(new NewAccount(username, "Throttle Test", PASSWORD,
                Role.COUNSELLOR, teamId())));
        address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        jdbc.update("delete from sign_in_throttle where subject_kind = 'ADDRESS' and subject = ?", address);
    }

    @AfterEach
    void signedOut() {
        securityContext.clearContext();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightOneIsRefusedAndTheLockIsAudited() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(username, PASSWORD, "203.0.113.9").isAuthenticated()).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong again", address))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(username, PASSWORD, "203.0.113.10")).isInstanceOf(LockedException.class);
        assertThat(audit("UPDATE", "USER", accountId.toString(), "sign-in-locked")).containsExactly("(system)");
        assertThat(audit("LOGIN_FAILED", "USER", accountId.toString(), "sign-in-locked:account"))
                .containsExactly(username);
        // A right password alone is no sign-in (decision 020) and forgets no failure: the lock began at the fifth.
        assertThat(lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void theLockLapsesAfterFifteenMinutesAndFailuresDuringItDoNotLengthenIt() {
        failFiveTimes();
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIn(username, "still guessing", address)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(username, PASSWORD, address)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(1));

        assertThat(signIn(username, PASSWORD, address).getName()).isEqualTo(username);
        assertThat(audit("UPDATE", "USER", accountId.toString(), "sign-in-locked")).hasSize(1);
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong", address)).isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong", address)).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(signIn(username, PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void anAdministratorSeesTheLockInTheUserListAndLiftsIt() {
        failFiveTimes();
        UserSummary listed = asAdmin(() -> accounts.find(username, PageRequest.of(0, 10)).getContent().getFirst());
        assertThat(listed.signInLockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));

        asAdmin(() -> accounts.liftSignInLock(accountId));

        assertThat(signIn(username, PASSWORD, address).isAuthenticated()).isTrue();
        assertThat(asAdmin(() -> accounts.find(username, PageRequest.of(0, 10)).getContent().getFirst())
                .isSignInLocked()).isFalse();
        assertThat(audit("UPDATE", "USER", accountId.toString(), "sign-in-unlocked")).containsExactly("admin");
    }

    @Test
    void twentyFailuresFromOneAddressLockItForEveryoneBehindItButNotForOthers() {
        for (int i = 0; i < 20; i++) {
            String typed = i % 2 == 0 ? "nobody." + i : "sofie";
            assertThatThrownBy(() -> signIn(typed, "guess", address)).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(username, PASSWORD, address)).isInstanceOf(LockedException.class);
        assertThat(signIn(username, PASSWORD, "203.0.113.77").isAuthenticated()).isTrue();
        assertThat(audit("UPDATE", "SIGN_IN_ADDRESS", address, "sign-in-locked")).containsExactly("(system)");
        // Ten of the guesses were at an existing account, but spread over addresses it would not be locked.
        assertThat(asAdmin(() -> addressLocks.find(PageRequest.of(0, 50)).getContent()))
                .extracting(AddressLock::address).contains(address);

        asAdmin(() -> addressLocks.lift(address));

        assertThat(signIn(username, PASSWORD, address).isAuthenticated()).isTrue();
        assertThat(audit("UPDATE", "SIGN_IN_ADDRESS", address, "sign-in-unlocked")).containsExactly("admin");
    }

    @Test
    void aDisabledAccountIsRefusedOnlyAfterItsPasswordIsChecked() {
        asAdmin(() -> accounts.setEnabled(accountId, false));

        assertThatThrownBy(() -> signIn(username, "wrong", address)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(username, PASSWORD, address)).isInstanceOf(DisabledException.class);
    }

    @Test
    void onlyAnAdministratorMayLiftALock() {
        failFiveTimes();
        assertThatThrownBy(() -> as("sofie", () -> {
            accounts.liftSignInLock(accountId);
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> signIn(username, PASSWORD, address)).isInstanceOf(LockedException.class);
    }

    private void failFiveTimes() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    private Authentication signIn(String name, String password, String from) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        attempt.setDetails(new WebAuthenticationDetails(from, null));
        return authentication.authenticate(attempt);
    }

    private Instant lockedUntil() {
        return jdbc.queryForObject("""
                select locked_until from sign_in_throttle where subject_kind = 'ACCOUNT' and subject = ?""",
                Instant.class, accountId.toString());
    }

    private List<String> audit(String action, String type, String id, String detail) {
        return jdbc.queryForList("""
                select actor from audit_event
                where action = ? and object_type = ? and object_id = ? and detail = ? order by id""",
                String.class, action, type, id, detail);
    }

    private Long teamId() {
        return jdbc.queryForObject("select id from team where name = 'Team Gent'", Long.class);
    }

    private <T> T asAdmin(Supplier<T> action) {
        return as("admin", action);
    }

    private void asAdmin(Runnable action) {
        as("admin", () -> {
            action.run();
            return null;
        });
    }

    private <T> T as(String name, Supplier<T> action) {
        return new SignedIn(users, securityContext).as(name, action);
    }
}
