package org.vangnet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.DomainException;
import org.vangnet.followups.FollowUpTestConfiguration;
import org.vangnet.followups.MutableClock;
import org.vangnet.testsupport.SignedIn;

/**
 * The second step of signing in through the application's own services (decision 020): a password
 * alone grants nothing, enrolment needs a code, codes work once, wrong codes lock like wrong
 * passwords, recovery codes, and the administrator's reset. The clock is the test's.
 */
@SpringBootTest(properties = {FollowUpTestConfiguration.CONTEXT, FollowUpTestConfiguration.NO_CRON})
@Import(FollowUpTestConfiguration.class)
class SecondFactorIntegrationTest {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    SecondFactorService secondFactor;
    @Autowired
    PasskeyService passkeyService;
    @Autowired
    UserAccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    String username;
    Long accountId;
    String address;

    @BeforeEach
    void aFreshAccountWithoutFactor() {
        clock.set(Instant.parse("2026-04-02T09:00:00Z").plusSeconds(30L * ThreadLocalRandom.current().nextInt(100_000)));
        securityContext.clearContext();
        username = "factor." + ThreadLocalRandom.current().nextInt(1_000_000);
        accountId = new SignedIn(users, securityContext).as("admin", () -> accounts.create(new NewAccount(username,
                "Factor Test", PASSWORD, Role.COUNSELLOR, teamId())));
        address = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
        jdbc.update("delete from sign_in_throttle where subject_kind = 'ADDRESS' and subject = ?", address);
    }

    @AfterEach
    void signedOut() {
        securityContext.clearContext();
    }

    @Test
    void aRightPasswordAloneHoldsNoRoleNoPermissionAndOpensNoService() {
        Authentication pending = password();

        assertThat(pending).isInstanceOf(SecondFactorPending.class);
        assertThat(pending.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(FactorGrantedAuthority.PASSWORD_AUTHORITY);
        assertThatThrownBy(() -> accounts.ownEmail()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN' and actor = ?",
                Long.class, username)).isZero();
    }

    @Test
    void theAppIsStoredEncryptedOnlyOnceACodeConfirmsItAndThenTheSignInIsComplete() {
        password();
        assertThat(secondFactor.needsEnrolment()).isTrue();
        var enrolment = secondFactor.newEnrolment();
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Vangnet:" + username + "?secret=" + enrolment.secret());

        assertThatThrownBy(() -> secondFactor.enrol(enrolment, wrongCode(enrolment.secret())))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("code");
        assertThat(jdbc.queryForObject("select count(*) from user_totp where user_id = ?", Long.class, accountId)).isZero();
        assertThat(audit("LOGIN_FAILED", "second-factor-rejected")).containsExactly(username);

        var enrolled = secondFactor.enrol(enrolment, Totp.codeAt(enrolment.secret(), clock.instant()));

        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(enrolled.signedIn().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(Role.COUNSELLOR.authority(), Permissions.PROFILE_EDIT,
                        FactorGrantedAuthority.PASSWORD_AUTHORITY, SecondFactorService.TOTP_AUTHORITY);
        assertThat(enrolled.signedIn().getAuthorities()).filteredOn(a -> a.getAuthority().equals(SecondFactorService.TOTP_AUTHORITY))
                .singleElement().extracting(a -> ((FactorGrantedAuthority) a).getIssuedAt()).isEqualTo(clock.instant());
        String stored = jdbc.queryForObject("select secret from user_totp where user_id = ?", String.class, accountId);
        assertThat(stored).startsWith(FieldCipher.PREFIX).doesNotContain(enrolment.secret());
        assertThat(audit("LOGIN", "totp")).containsExactly(username);
        assertThat(audit("CREATE", "totp")).containsExactly(username);
    }

    @Test
    void aCodeSignsInOnceAndTheNextCodeOnlyInTheNextStep() {
        String secret = enrolled();
        String code = Totp.codeAt(secret, clock.instant());
        jdbc.update("update user_totp set last_used_step = null where user_id = ?", accountId);

        password();
        assertThat(secondFactor.verify(code).isAuthenticated()).isTrue();
        password();
        assertThatThrownBy(() -> secondFactor.verify(code)).isInstanceOf(DomainException.class);

        clock.advance(Duration.ofSeconds(30));
        assertThat(secondFactor.verify(Totp.codeAt(secret, clock.instant())).getName()).isEqualTo(username);
    }

    @Test
    void wrongCodesCountTowardsTheSameLockAsWrongPasswordsAndAPasswordAloneForgetsNone() {
        String secret = enrolled();
        password();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> secondFactor.verify(wrongCode(secret))).isInstanceOf(DomainException.class);
        }
        password();
        assertThatThrownBy(() -> secondFactor.verify(wrongCode(secret))).isInstanceOf(DomainException.class);

        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> secondFactor.verify(Totp.codeAt(secret, clock.instant())))
                .isInstanceOf(DomainException.class);
        assertThat(audit("LOGIN_FAILED", "second-factor-rejected")).hasSize(5);
        assertThat(audit("LOGIN_FAILED", "sign-in-locked:account")).containsExactly(username);
        assertThatThrownBy(this::password).isInstanceOf(LockedException.class);
    }

    @Test
    void aRecoveryCodeSignsInOnceWhateverItsCaseAndDashes() {
        password();
        var enrolment = secondFactor.newEnrolment();
        List<String> codes = secondFactor.enrol(enrolment, Totp.codeAt(enrolment.secret(), clock.instant())).recoveryCodes();

        password();
        assertThat(secondFactor.verify(codes.get(2).replace("-", " ").toLowerCase()).isAuthenticated()).isTrue();
        assertThat(audit("LOGIN", "recovery-code")).containsExactly(username);
        password();
        assertThatThrownBy(() -> secondFactor.verify(codes.get(2))).isInstanceOf(DomainException.class);
        assertThat(secondFactor.verify(codes.get(3)).isAuthenticated()).isTrue();
    }

    @Test
    void anAdministratorResetsTheFactorsAuditedAndTheUserEnrolsAgain() {
        enrolled();
        assertThatThrownBy(() -> new SignedIn(users, securityContext).as("sofie", () -> secondFactor.reset(accountId)))
                .isInstanceOf(AccessDeniedException.class);

        new SignedIn(users, securityContext).as("admin", () -> secondFactor.reset(accountId));

        assertThat(jdbc.queryForObject("select count(*) from user_recovery_code where user_id = ?", Long.class, accountId)).isZero();
        assertThat(jdbc.queryForList("""
                select actor from audit_event where action = 'UPDATE' and object_type = 'USER' and object_id = ?
                and detail = 'second-factor-reset'""", String.class, accountId.toString())).containsExactly("admin");
        password();
        assertThat(secondFactor.needsEnrolment()).isTrue();
    }

    @Test
    void theDemoAccountsHaveThePublicDemoSecret() {
        String stored = jdbc.queryForObject("""
                select secret from user_totp where user_id = (select id from app_user where username = 'lotte')""", String.class);
        assertThat(stored).startsWith(FieldCipher.PREFIX);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("lotte", AccountBootstrap.DEMO_PASSWORD);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        securityContext.getContext().setAuthentication(authenticate(attempt));
        jdbc.update("update user_totp set last_used_step = null where user_id = (select id from app_user where username = 'lotte')");

        assertThat(secondFactor.verify(DemoSecondFactor.codeAt(clock.instant())).getName()).isEqualTo("lotte");
    }

    @Test
    void userAdministrationNeedsAFactorFromTheLastFiveMinutesAndACodeRenewsIt() {
        jdbc.update("update user_totp set last_used_step = null where user_id = (select id from app_user where username = 'admin')");
        VangnetUser admin = (VangnetUser) users.loadUserByUsername("admin");
        var authorities = new java.util.ArrayList<GrantedAuthority>(admin.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorService.TOTP_AUTHORITY)
                .issuedAt(clock.instant().minus(Duration.ofMinutes(6))).build());
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, authorities));
        securityContext.setContext(context);

        assertThatThrownBy(() -> accounts.resetPassword(accountId, "een ander lang wachtwoord"))
                .isInstanceOf(StepUpRequiredException.class);
        assertThatThrownBy(() -> secondFactor.confirmAgain(wrongCode(DemoSecondFactor.SECRET)))
                .isInstanceOf(DomainException.class);

        Authentication confirmed = secondFactor.confirmAgain(DemoSecondFactor.codeAt(clock.instant()));
        context.setAuthentication(confirmed);

        accounts.resetPassword(accountId, "een ander lang wachtwoord");
        assertThat(jdbc.queryForList("""
                select detail from audit_event where actor = 'admin' and object_type = 'USER' and object_id = ?
                order by id""", String.class, admin.id().toString())).contains("step-up:totp");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThatThrownBy(() -> accounts.setEnabled(accountId, false)).isInstanceOf(StepUpRequiredException.class);
    }

    @Test
    void anAdministratorsResetForgetsThePasskeysTooAndTheUserEnrolsAgain() {
        enrolled();
        storePasskey(username, "reset-" + accountId);

        new SignedIn(users, securityContext).as("admin", () -> secondFactor.reset(accountId));

        assertThat(passkeysOf(username)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from user_entities where name = ?", Long.class, username)).isZero();
        password();
        assertThat(secondFactor.needsEnrolment()).isTrue();
        assertThat(secondFactor.hasPasskey()).isFalse();
    }

    @Test
    void anotherAccountsPasskeyOrAGarbledAnswerIsRefusedAtTheSecondStepAndCountedLikeAWrongCode() {
        enrolled();
        storePasskey(username, "own-" + accountId);
        String foreign = "foreign-" + accountId;
        storePasskey("lotte", foreign);
        Object lotteLastUsed = jdbc.queryForObject("select last_used from user_credentials where credential_id = ?",
                Object.class, b64url(foreign));
        password();
        assertThat(secondFactor.hasPasskey()).isTrue();

        fromPage("localhost", () -> {
            var request = secondFactor.passkeyRequest();
            assertThat(request.optionsJson()).contains(b64url("own-" + accountId)).doesNotContain(b64url(foreign));
            assertThatThrownBy(() -> secondFactor.verifyPasskey(request, assertionFrom(b64url(foreign))))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("passkey.refused"));
            assertThatThrownBy(() -> secondFactor.verifyPasskey(request, "{not json"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("passkey.refused"));
        });

        assertThat(audit("LOGIN_FAILED", "second-factor-rejected")).hasSize(2);
        assertThat(securityContext.getContext().getAuthentication()).isInstanceOf(SecondFactorPending.class);
        assertThat(jdbc.queryForObject("select last_used from user_credentials where credential_id = ?",
                Object.class, b64url(foreign))).isEqualTo(lotteLastUsed);
        jdbc.update("delete from user_credentials where credential_id = ?", b64url(foreign));
    }

    @Test
    void passkeysAreAskedForOnlyOnTheHostTheyBelongTo() {
        enrolled();
        password();
        fromPage("vangnet.example.org.evil.example", () -> assertThatThrownBy(secondFactor::passkeyRequest)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("passkey.unavailable")));
    }

    @Test
    void someoneElsesPasskeyCannotBeRemovedAndOnesOwnIsRemovedAudited() {
        enrolled();
        String foreign = "kept-" + accountId;
        storePasskey("lotte", foreign);
        storePasskey(username, "mine-" + accountId);
        var signedIn = new SignedIn(users, securityContext);

        assertThatThrownBy(() -> signedIn.as(username, () -> passkeyService.remove(b64url(foreign))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.not-found"));
        assertThat(jdbc.queryForObject("select count(*) from user_credentials where credential_id = ?", Long.class,
                b64url(foreign))).isEqualTo(1);
        assertThat(signedIn.as(username, passkeyService::own)).extracting(Passkey::label).containsExactly("Sleutel");

        signedIn.as(username, () -> passkeyService.remove(b64url("mine-" + accountId)));

        assertThat(passkeysOf(username)).isZero();
        assertThat(audit("UPDATE", "passkey-removed")).containsExactly(username);
        jdbc.update("delete from user_credentials where credential_id = ?", b64url(foreign));
    }

    /** A stored passkey as Spring Security's repositories write it (the key itself is never checked here). */
    private void storePasskey(String owner, String id) {
        jdbc.update("insert into user_entities (id, name, display_name) values (?, ?, ?) on conflict (name) do nothing",
                b64url("handle-" + owner), owner, owner);
        jdbc.update("""
                insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count, uv_initialized,
                    backup_eligible, authenticator_transports, public_key_credential_type, backup_state, created, last_used, label)
                values (?, (select id from user_entities where name = ?), ?, 0, true, false, 'internal', 'public-key', false,
                    now() - interval '1 day', now() - interval '1 day', 'Sleutel')""",
                b64url(id), owner, new byte[] {1, 2, 3});
    }

    private long passkeysOf(String owner) {
        return jdbc.queryForObject("""
                select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id
                where u.name = ?""", Long.class, owner);
    }

    /** Base64url, as WebAuthn ids travel and are stored. */
    private static String b64url(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A well-formed browser answer naming the given passkey, signed by nothing. */
    private static String assertionFrom(String credentialId) {
        String junk = b64url("junk");
        return """
                {"id":"%1$s","rawId":"%1$s","type":"public-key","response":{"authenticatorData":"%2$s",
                "clientDataJSON":"%2$s","signature":"%2$s"},"clientExtensionResults":{}}""".formatted(credentialId, junk);
    }

    /** Runs the action as if serving a page of the given host (passkeys take their origin from the request). */
    private static void fromPage(String host, Runnable action) {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setServerName(host);
        request.setServerPort(8080);
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            action.run();
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    /** The password step, as the login form does it; its result becomes the session's authentication. */
    private Authentication password() {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        Authentication result = authenticate(attempt);
        var context = securityContext.createEmptyContext();
        context.setAuthentication(result);
        securityContext.setContext(context);
        return result;
    }

    private Authentication authenticate(Authentication attempt) {
        try {
            return authenticationConfiguration.getAuthenticationManager().authenticate(attempt);
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    private String enrolled() {
        password();
        var enrolment = secondFactor.newEnrolment();
        secondFactor.enrol(enrolment, Totp.codeAt(enrolment.secret(), clock.instant()));
        securityContext.clearContext();
        return enrolment.secret();
    }

    private String wrongCode(String secret) {
        List<String> valid = IntStream.rangeClosed(-2, 2)
                .mapToObj(i -> Totp.codeAt(secret, clock.instant().plusSeconds(30L * i))).toList();
        return IntStream.range(0, 1_000_000).mapToObj("%06d"::formatted)
                .filter(c -> !valid.contains(c)).findFirst().orElseThrow();
    }

    private List<String> audit(String action, String detail) {
        return jdbc.queryForList("""
                select actor from audit_event where action = ? and actor = ? and detail = ? order by id""",
                String.class, action, username, detail);
    }

    private Long teamId() {
        return jdbc.queryForObject("select id from team where name = 'Team Gent'", Long.class);
    }
}
