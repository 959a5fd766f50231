package org.vangnet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.vangnet.base.domain.DomainException;

/** An empty database without demo data: no account exists, only a one-time token. */
@SpringBootTest(properties = "vangnet.demo-data.enabled=false")
@DirtiesContext
class FirstAdministratorSetupIntegrationTest {

    @Autowired
    SetupService setup;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSetupTokenCreatesTheFirstAdministratorOnceAndThenStopsWorking() {
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .as("no default account is ever created").isZero();
        assertThat(jdbc.queryForObject("select count(*) from setup_token where used_at is null", Long.class))
                .as("the start-up issued a token").isEqualTo(1);
        assertThat(setup.isSetupPending()).isTrue();

        String token = setup.issueToken();
        assertThatThrownBy(() -> setup.createFirstAdministrator("not-the-token", "first.admin", "First", "lang genoeg wachtwoord"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("token"));

        setup.createFirstAdministrator(token, "First.Admin", "First Administrator", "lang genoeg wachtwoord");

        assertThat(jdbc.queryForObject("select role from app_user where username = 'first.admin'", String.class))
                .isEqualTo("ADMIN");
        assertThat(setup.isSetupPending()).isFalse();
        assertThatThrownBy(() -> setup.createFirstAdministrator(token, "second.admin", "Second", "lang genoeg wachtwoord"))
                .isInstanceOf(DomainException.class);
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'CREATE' and detail = 'first-administrator'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void onlyAHashOfTheTokenIsStored() {
        String token = setup.issueToken();
        assertThat(jdbc.queryForList("select token_hash from setup_token", String.class))
                .doesNotContain(token).contains(SetupService.hash(token));
    }
}
