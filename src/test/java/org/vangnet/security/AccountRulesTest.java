package org.vangnet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vangnet.base.domain.DomainException;

/** The account rules that hold without a database. */
class AccountRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void usernamesAreTrimmedAndLowerCased() {
        assertThat(UserAccount.normaliseUsername("  Lotte.Peeters ")).isEqualTo("lotte.peeters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "lotte peeters", "lotte@helpline.be", "ééé"})
    void aUsernameOutsideTheAllowedCharactersIsRefusedOnItsField(String username) {
        assertThatThrownBy(() -> UserAccount.normaliseUsername(username))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void passwordsAreJudgedByLengthOnlyFromTwelveToAHundredAndTwentyEightCharacters() {
        PasswordPolicy.check("password", "twelve chars");
        PasswordPolicy.check("password", "x".repeat(128));
        assertThatThrownBy(() -> PasswordPolicy.check("password", "eleven char"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.password.too-short"));
        assertThatThrownBy(() -> PasswordPolicy.check("password", "x".repeat(129)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.password.too-long"));
        assertThatThrownBy(() -> PasswordPolicy.check("password", " ".repeat(20)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.password.blank"));
    }

    @Test
    void emojiCountAsOneCharacterEach() {
        PasswordPolicy.check("password", "🔒".repeat(12));
        assertThatThrownBy(() -> PasswordPolicy.check("password", "🔒".repeat(11))).isInstanceOf(DomainException.class);
    }

    @Test
    void counsellorsAndSupervisorsNeedATeamOthersDoNot() {
        assertThatThrownBy(() -> new UserAccount("x.y", "X Y", "hash", Role.SUPERVISOR, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("team"));
        var staff = new UserAccount("x.y", "X Y", "hash", Role.INSTITUTE_STAFF, null, NOW);
        assertThat(staff.getTeamId()).isNull();
    }

    @Test
    void eachRoleGrantsItsRoleAuthorityAndItsPermissions() {
        var user = new VangnetUser(1L, "sofie", "Sofie", Role.SUPERVISOR, 2L, "Team Gent", true, null, "hash");
        assertThat(user.getAuthorities()).extracting(a -> a.getAuthority())
                .contains("ROLE_SUPERVISOR", Permissions.CASE_REASSIGN, Permissions.WORKLOAD_READ)
                .doesNotContain(Permissions.USER_MANAGE, "ROLE_ADMIN");
        assertThat(Role.ADMIN.permissions()).doesNotContain(Permissions.CASE_READ);
        assertThat(Role.INSTITUTE_STAFF.permissions()).doesNotContain(Permissions.CASE_READ);
    }

    @Test
    void theSessionCopyForgetsThePasswordHashAfterSignIn() {
        var user = new VangnetUser(1L, "lotte", "Lotte", Role.COUNSELLOR, 2L, "Team Gent", true, null, "hash");
        user.eraseCredentials();
        assertThat(user.getPassword()).isNull();
    }

    @Test
    void aRefusedRequestIsAuditedByItsFirstPathSegmentOnly() {
        assertThat(AuthenticationAuditor.firstPathSegment("/admin/users/42?q=Lotte")).isEqualTo("admin");
        assertThat(AuthenticationAuditor.firstPathSegment("/Zoek Naam Van Cliënt")).isEqualTo("zoeknaamvanclint");
        assertThat(AuthenticationAuditor.firstPathSegment("/" + "a".repeat(80))).hasSize(40);
    }
}
