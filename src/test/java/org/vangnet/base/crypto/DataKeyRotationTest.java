package org.vangnet.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.cases.NoteService;
import org.vangnet.testsupport.SignedIn;

/**
 * Decision 031: after a new data key is configured, the rotation job re-encrypts every value under
 * it (the append-only timeline included) and reports what is left; then the old key is not needed.
 * The test rotates to a new key and back again, so the shared test database ends as it began.
 */
@SpringBootTest
class DataKeyRotationTest {

    @Autowired
    FieldCipher current;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    CaseService cases;
    @Autowired
    NoteService notes;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Value("${vangnet.crypto.data-key}")
    String oldDataKey;
    @Value("${vangnet.crypto.lookup-key}")
    String lookupKey;

    @Test
    void everyValueMovesToTheNewKeyAndTheOldKeyIsThenNoLongerNeeded() {
        Long caseId = new SignedIn(users, securityContext).as("lotte", () -> {
            Long id = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Sleutel", 30, null, 29, "nl",
                    false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), "Samenvatting onder oude sleutel"));
            notes.addNote(id, "Notitie onder oude sleutel");
            return id;
        });
        byte[] old = Base64.getDecoder().decode(oldDataKey);
        byte[] lookup = Base64.getDecoder().decode(lookupKey);
        byte[] fresh = new byte[32];
        fresh[0] = 42;
        var rotated = new FieldCipher(fresh, lookup, List.of(old));
        var rotation = new DataKeyRotation(rotated, jdbc, transactions, auditTrail);
        assertThat(rotation.remaining().get("case_file.summary")).isPositive();
        assertThat(rotation.remaining().get("case_timeline_entry.body")).isPositive();

        try {
            assertThat(rotation.reEncryptAll()).isPositive();

            assertThat(rotation.remaining().values()).allMatch(left -> left == 0);
            String summary = jdbc.queryForObject("select summary from case_file where id = ?", String.class, caseId);
            assertThat(summary).startsWith("v1:" + rotated.currentKeyId() + ":");
            // Only the new key is needed now.
            var newKeyOnly = new FieldCipher(fresh, lookup);
            assertThat(newKeyOnly.decrypt(summary)).isEqualTo("Samenvatting onder oude sleutel");
            assertThat(jdbc.queryForList("select body from case_timeline_entry where case_id = ? and body is not null",
                    String.class, caseId)).map(newKeyOnly::decrypt).contains("Notitie onder oude sleutel");
            assertThat(jdbc.queryForObject("""
                    select detail from audit_event where object_type = 'DATA_KEY' and object_id = ?
                    order by id desc limit 1""", String.class, rotated.currentKeyId())).endsWith(":left:0");
        } finally {
            new DataKeyRotation(new FieldCipher(old, lookup, List.of(fresh)), jdbc, transactions, auditTrail)
                    .reEncryptAll();
        }
        assertThat(current.decrypt(jdbc.queryForObject("select summary from case_file where id = ?", String.class,
                caseId))).isEqualTo("Samenvatting onder oude sleutel");
    }
}
