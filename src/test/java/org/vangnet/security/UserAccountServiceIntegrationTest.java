package org.vangnet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vangnet.testsupport.WithRecentSecondFactor;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;

@SpringBootTest
class UserAccountServiceIntegrationTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    TeamService teams;
    @Autowired
    VangnetUserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithRecentSecondFactor("admin")
    void anAdministratorCreatesACounsellorWhoseCreationIsAudited() {
        Long teamId = teamId("Team Gent");
        Long id = accounts.create(new NewAccount("  Jan.Test ", "Jan Test", "een lange zin als wachtwoord",
                Role.COUNSELLOR, teamId));

        var created = accounts.find("jan.test", PageRequest.of(0, 10)).getContent();
        assertThat(created).singleElement().satisfies(user -> {
            assertThat(user.username()).isEqualTo("jan.test");
            assertThat(user.teamName()).isEqualTo("Team Gent");
            assertThat(user.enabled()).isTrue();
        });
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event
                where action = 'CREATE' and object_type = 'USER' and object_id = ? and actor = 'admin'""",
                Long.class, id.toString())).isEqualTo(1);
    }

    @Test
    @WithRecentSecondFactor("admin")
    void passwordsAreHashedWithArgon2idAtOwaspsMinimumOrAbove() {
        accounts.create(new NewAccount("hash.check", "Hash Check", "correct horse battery", Role.ADMIN, null));

        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'hash.check'",
                String.class);
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$");
        var parameters = hash.split("\\$")[3];
        int memoryKib = Integer.parseInt(parameters.replaceAll(".*m=(\\d+).*", "$1"));
        int iterations = Integer.parseInt(parameters.replaceAll(".*t=(\\d+).*", "$1"));
        assertThat(memoryKib).isGreaterThanOrEqualTo(19 * 1024);
        assertThat(iterations).isGreaterThanOrEqualTo(2);
        assertThat(hash).doesNotContain("correct horse battery");
    }

    @Test
    @WithRecentSecondFactor("admin")
    void aShortPasswordIsRefusedOnTheFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> accounts.create(new NewAccount("short.pw", "Short", "elf tekens!",
                Role.INSTITUTE_STAFF, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.messageKey()).isEqualTo("validation.password.too-short");
                });
        assertThat(accounts.count("short.pw")).isZero();
    }

    @Test
    @WithRecentSecondFactor("admin")
    void aSixtyFourCharacterPassphraseIsAccepted() {
        String passphrase = "a".repeat(30) + " " + "b".repeat(33);
        assertThat(passphrase).hasSize(64);
        Long id = accounts.create(new NewAccount("long.pw", "Long", passphrase, Role.INSTITUTE_STAFF, null));
        assertThat(id).isNotNull();
    }

    @Test
    @WithRecentSecondFactor("admin")
    void aCounsellorNeedsATeam() {
        assertThatThrownBy(() -> accounts.create(new NewAccount("no.team", "No Team", "een lange zin als wachtwoord",
                Role.COUNSELLOR, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("team"));
    }

    @Test
    @WithRecentSecondFactor("admin")
    void aDisabledAccountCannotSignIn() {
        Long id = accounts.create(new NewAccount("to.disable", "To Disable", "een lange zin als wachtwoord",
                Role.INSTITUTE_STAFF, null));
        var provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("to.disable", "een lange zin als wachtwoord");
        assertThat(provider.authenticate(attempt).isAuthenticated()).isTrue();

        accounts.setEnabled(id, false);

        assertThatThrownBy(() -> provider.authenticate(attempt)).isInstanceOf(DisabledException.class);
    }

    @Test
    @WithRecentSecondFactor("admin")
    void aStaleEditIsRefusedInsteadOfOverwritingAnotherAdministratorsChange() {
        Long id = accounts.create(new NewAccount("stale.edit", "Stale Edit", "een lange zin als wachtwoord",
                Role.INSTITUTE_STAFF, null));
        var loaded = accounts.find("stale.edit", PageRequest.of(0, 1)).getContent().getFirst();
        accounts.update(id, loaded.version(), "First Change", Role.INSTITUTE_STAFF, null);

        assertThatThrownBy(() -> accounts.update(id, loaded.version(), "Second Change", Role.ADMIN, null))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(accounts.find("stale.edit", PageRequest.of(0, 1)).getContent().getFirst().displayName())
                .isEqualTo("First Change");
    }

    @Test
    @WithRecentSecondFactor("admin")
    void theLastActiveAdministratorCannotBeDemotedOrDisableThemselves() {
        Long adminId = accounts.find("admin", PageRequest.of(0, 10)).getContent().stream()
                .filter(u -> u.username().equals("admin")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> accounts.setEnabled(adminId, false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.user.cannot-disable-self"));
    }

    @Test
    @WithUserDetails("lotte")
    void aCounsellorMayNotListAccountsAndTheRefusalIsAudited() {
        long before = deniedFor("lotte");

        assertThatThrownBy(() -> accounts.find("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);

        assertThat(deniedFor("lotte")).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("nadia")
    void everyoneMayChangeTheirOwnPasswordButMustKnowTheCurrentOne() {
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong password here", "een nieuwe lange zin"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("currentPassword"));
    }

    private long deniedFor(String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ? and outcome = 'DENIED'",
                Long.class, actor);
    }

    private Long teamId(String name) {
        return jdbc.queryForObject("select id from team where name = ?", Long.class, name);
    }

    @Test
    @WithUserDetails("nadia")
    void everyoneMaySetTheirOwnReminderAddressWhichIsCheckedAndStoredLowerCase() {
        assertThatThrownBy(() -> accounts.changeOwnEmail("niet-een-adres"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("email"));

        accounts.changeOwnEmail(" Nadia.Vermeulen@IGVM.example ");

        assertThat(accounts.ownEmail()).isEqualTo("nadia.vermeulen@igvm.example");
        assertThat(jdbc.queryForObject("select email from app_user where username = 'nadia'", String.class))
                .isEqualTo("nadia.vermeulen@igvm.example");
        accounts.changeOwnEmail("");
        assertThat(accounts.ownEmail()).isNull();
    }
}
