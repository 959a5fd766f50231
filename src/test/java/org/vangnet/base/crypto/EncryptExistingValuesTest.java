package org.vangnet.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
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
import org.vangnet.cases.ContactDetail;
import org.vangnet.cases.ContactKind;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.cases.SimilarCase;
import org.vangnet.sextortion.ExtorterService;
import org.vangnet.sextortion.IdentifierKind;
import org.vangnet.sextortion.NewIdentifier;
import org.vangnet.sextortion.SextortionQueries;
import org.vangnet.sextortion.SextortionTestSupport;

/**
 * Migration 10.1 on a database that already held plaintext: rows as they were before V010 (the
 * value in plaintext, the plaintext match key where the hash now goes) come out encrypted and
 * hashed, and are found again; rows already encrypted are left alone.
 */
@SpringBootTest
class EncryptExistingValuesTest {

    @Autowired
    EncryptExistingValues migration;
    @Autowired
    FieldCipher cipher;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseService cases;
    @Autowired
    CaseQueries caseQueries;
    @Autowired
    ExtorterService extorters;
    @Autowired
    SextortionQueries queries;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void flywayRanItBetweenTheTwoSqlMigrations() {
        assertThat(MigrationHistory.from(jdbc, "V010__encrypted_contacts.sql"))
                .startsWith("SQL encrypted contacts", "JDBC encrypt existing contacts and identifiers",
                        "SQL encrypted contacts indexes");
    }

    @Test
    void plaintextRowsAreEncryptedAndHashedAndFoundAgain() throws Exception {
        var support = new SextortionTestSupport(userDetails, jdbc, securityContext);
        String[] phone = SextortionTestSupport.uniqueMobile();
        String[] extorterPhone = SextortionTestSupport.uniqueMobile();
        Long caseId = support.as("lotte", () -> cases.open(new NewCase(IntakeChannel.CHAT,
                new ClientDetails("Oud", 24, null, 23, "nl", false, false, false,
                        List.of(new ContactDetail(ContactKind.PHONE, phone[0], true, false, false))),
                Set.of(HarmKind.SEXTORTION), "Van voor de versleuteling")));
        Long otherCase = support.openCase(cases, "lotte", "Ander");
        for (Long id : List.of(caseId, otherCase)) {
            support.as("lotte", () -> extorters.addIdentifier(id, extorters.add(id, null, null),
                    NewIdentifier.of(IdentifierKind.PHONE, extorterPhone[1])));
        }
        Long untouched = support.openCase(cases, "lotte", "Nieuw");
        support.as("lotte", () -> extorters.addIdentifier(untouched, extorters.add(untouched, null, null),
                NewIdentifier.of(IdentifierKind.EMAIL, "nieuw@example.org")));
        String alreadyEncrypted = jdbc.queryForObject("select value from extorter_identifier where case_id = ?",
                String.class, untouched);
        // Back to how the rows looked before V010.
        jdbc.update("update client_contact set value = ?, lookup_hash = ? where case_id = ?", phone[2], phone[2], caseId);
        jdbc.update("update extorter_identifier set value = ?, lookup_hash = ? where case_id in (?, ?)",
                extorterPhone[2], extorterPhone[2], caseId, otherCase);

        try (Connection connection = dataSource.getConnection()) {
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

        String contact = jdbc.queryForObject("select value from client_contact where case_id = ?", String.class, caseId);
        assertThat(contact).startsWith("v1:").doesNotContain(phone[2].substring(3));
        assertThat(cipher.decrypt(contact)).isEqualTo(phone[2]);
        assertThat(jdbc.queryForList("select value from extorter_identifier where case_id in (?, ?)", String.class,
                caseId, otherCase)).hasSize(2).allSatisfy(v -> assertThat(cipher.decrypt(v)).isEqualTo(extorterPhone[2]));
        assertThat(jdbc.queryForObject("select value from extorter_identifier where case_id = ?", String.class,
                untouched)).isEqualTo(alreadyEncrypted);
        assertThat(support.as("lotte", () -> caseQueries.similar(null, phone[1], null)))
                .extracting(SimilarCase::id).containsExactly(caseId);
        assertThat(support.as("lotte", () -> queries.matches(caseId)).values()).singleElement()
                .satisfies(m -> assertThat(m.otherCases()).isEqualTo(1));
    }
}
