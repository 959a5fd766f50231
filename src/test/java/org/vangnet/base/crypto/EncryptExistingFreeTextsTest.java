package org.vangnet.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.DatabaseRoles;
import org.vangnet.testsupport.SignedIn;

/**
 * Migration 17.3 on a database that held free texts in plaintext: they come out encrypted, the
 * append-only timeline included, and the application reads them as before.
 */
@SpringBootTest
class EncryptExistingFreeTextsTest {

    @Autowired
    EncryptExistingFreeTexts migration;
    @Autowired
    FieldCipher cipher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    CaseService cases;
    @Autowired
    CaseQueries queries;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void flywayRanItAfterTheColumnsWidened() {
        assertThat(MigrationHistory.from(jdbc, "V017_2__encrypted_free_texts.sql"))
                .startsWith("SQL encrypted free texts", "JDBC encrypt existing free texts");
    }

    @Test
    void plaintextFreeTextsAreEncryptedAndReadAgain() throws Exception {
        var signedIn = new SignedIn(users, securityContext);
        Long caseId = signedIn.as("lotte", () -> cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Oudtekst",
                30, null, 29, "nl", false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), "vervangen")));
        // As the rows looked before V017_2: plaintext.
        jdbc.update("update case_file set summary = 'Oude samenvatting' where id = ?", caseId);
        jdbc.update("""
                insert into case_timeline_entry (case_id, occurred_at, actor, entry_type, body)
                values (?, now(), 'lotte', 'NOTE', 'Oude notitie')""", caseId);

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

        String summary = jdbc.queryForObject("select summary from case_file where id = ?", String.class, caseId);
        assertThat(summary).startsWith("v1:").doesNotContain("samenvatting");
        assertThat(cipher.decrypt(summary)).isEqualTo("Oude samenvatting");
        assertThat(jdbc.queryForList("select body from case_timeline_entry where case_id = ? and body is not null",
                String.class, caseId)).singleElement().satisfies(body ->
                assertThat(cipher.decrypt(body)).isEqualTo("Oude notitie"));
        assertThat(signedIn.as("lotte", () -> queries.get(caseId).summary())).isEqualTo("Oude samenvatting");
        // The timeline is append-only again afterwards.
        assertThat(jdbc.queryForObject("""
                select tgenabled from pg_trigger where tgname = 'case_timeline_no_update'""", String.class))
                .isEqualTo("O");
    }
}
