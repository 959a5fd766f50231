package org.vangnet.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.DatabaseRoles;
import org.vangnet.takedowns.ItemKind;
import org.vangnet.takedowns.NewTakedown;
import org.vangnet.takedowns.OnBehalfOf;
import org.vangnet.takedowns.ReportRoute;
import org.vangnet.takedowns.TakedownItem;
import org.vangnet.takedowns.TakedownService;
import org.vangnet.testsupport.SignedIn;

/**
 * Migration 28.3 on items recorded before V028_2: each link gets the keyed hash of its canonical
 * form (so the search box finds it as it finds a new one), other items and placeholders get none.
 */
@SpringBootTest
class HashExistingTakedownLinksTest {

    @Autowired
    HashExistingTakedownLinks migration;
    @Autowired
    FieldCipher cipher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    CaseService cases;
    @Autowired
    TakedownService takedowns;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void flywayRanItAfterTheColumnWasAdded() {
        assertThat(MigrationHistory.from(jdbc, "V028_2__takedown_link_lookup.sql"))
                .startsWith("SQL takedown link lookup", "JDBC hash existing takedown links");
    }

    @Test
    void linksRecordedBeforeGetTheHashOfTheirCanonicalFormAndNothingElseDoes() throws Exception {
        String post = "Old" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        var signedIn = new SignedIn(users, securityContext);
        Long request = signedIn.as("lotte", () -> {
            Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Oude link", 30, null, 29, "nl",
                    false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
            return takedowns.create(caseId, new NewTakedown(jdbc.queryForObject(
                    "select id from platform where code = 'INSTAGRAM'", Long.class), ReportRoute.WEB_FORM,
                    OnBehalfOf.HELPLINE, List.of(new TakedownItem(ItemKind.URL, "https://www.instagram.com/p/" + post)),
                    "Oud verzoek", false));
        });
        // As items looked before V028_2: encrypted, no hash; the link as an older screen stored it.
        jdbc.update("update takedown_item set link_hash = null, value = ? where request_id = ?",
                cipher.encrypt("https://WWW.instagram.com/p/" + post + "/#x"), request);
        jdbc.update("insert into takedown_item (request_id, position, kind, value) values (?, 1, 'USERNAME', ?)",
                request, cipher.encrypt("oude.naam"));
        jdbc.update("insert into takedown_item (request_id, position, kind, value) values (?, 2, 'URL', ?)",
                request, "[pseudonymised]");

        try (Connection connection = DatabaseRoles.owner(postgres).getDataSource().getConnection()) {
            migration.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(jdbc.queryForList("select link_hash from takedown_item where request_id = ? order by position",
                String.class, request))
                .containsExactly(cipher.lookupHash("https://www.instagram.com/p/" + post), null, null);
    }
}
