package org.vangnet.sextortion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vangnet.sextortion.SextortionTestSupport.uniqueHandle;
import static org.vangnet.sextortion.SextortionTestSupport.uniqueMobile;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.ContactDetail;
import org.vangnet.cases.ContactKind;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.cases.SimilarCase;

/**
 * Decision 013 end to end: what the services store about the client's contact details and the
 * extorter's identifiers is encrypted in the table, yet "already known?" and the matching across
 * cases still find it, typed differently.
 */
@SpringBootTest
class EncryptionAtRestIntegrationTest {

    @Autowired
    CaseService cases;
    @Autowired
    CaseQueries caseQueries;
    @Autowired
    ExtorterService extorters;
    @Autowired
    SextortionQueries queries;
    @Autowired
    FieldCipher cipher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    SextortionTestSupport support;

    @BeforeEach
    void setUp() {
        support = new SextortionTestSupport(userDetails, jdbc, securityContext);
    }

    @Test
    void theTablesHoldNeitherThePhoneNumberNorTheIdentifierInPlaintextYetBothAreFound() {
        String[] clientPhone = uniqueMobile();
        String address = uniqueHandle() + "@example.org";
        String handle = uniqueHandle();
        Long caseId = support.as("lotte", () -> cases.open(new NewCase(IntakeChannel.PHONE,
                new ClientDetails("Versleuteld", 24, null, 23, "nl", false, false, false, List.of(
                        new ContactDetail(ContactKind.PHONE, clientPhone[0], true, false, false),
                        new ContactDetail(ContactKind.EMAIL, address, false, false, true))),
                Set.of(HarmKind.SEXTORTION), "Afpersing")));
        Long[] logged = support.as("lotte", () -> {
            Long extorterId = extorters.add(caseId, null, null);
            return new Long[] {extorterId,
                    extorters.addIdentifier(caseId, extorterId, NewIdentifier.username(Platform.INSTAGRAM, "@" + handle))};
        });

        // The raw columns: the encrypted format, no trace of the plaintext, a hash instead of the match key.
        List<String> contactValues = jdbc.queryForList("select value from client_contact where case_id = ?", String.class,
                caseId);
        assertThat(contactValues).hasSize(2).allSatisfy(raw -> assertThat(raw).startsWith("v1:")
                .doesNotContain(clientPhone[2].substring(3)).doesNotContain(clientPhone[2].substring(6))
                .doesNotContainIgnoringCase(address).doesNotContainIgnoringCase("example"));
        assertThat(contactValues).map(cipher::decrypt).containsExactlyInAnyOrder(clientPhone[2], address);
        assertThat(jdbc.queryForList("select lookup_hash from client_contact where case_id = ?", String.class, caseId))
                .containsExactlyInAnyOrder(cipher.lookupHash(clientPhone[2]), cipher.lookupHash(address));
        var identifier = jdbc.queryForMap("select value, lookup_hash from extorter_identifier where id = ?", logged[1]);
        assertThat((String) identifier.get("value")).startsWith("v1:").doesNotContainIgnoringCase(handle);
        assertThat((String) identifier.get("lookup_hash")).doesNotContainIgnoringCase(handle).hasSize(64);
        assertThat(jdbc.queryForObject("""
                select count(*) from extorter_identifier where value ilike ? or lookup_hash ilike ?""", Long.class,
                "%" + handle + "%", "%" + handle + "%")).isZero();

        // Through the application: shown in plaintext, and found when typed differently.
        assertThat(support.as("lotte", () -> queries.extorters(caseId))).singleElement()
                .satisfies(e -> assertThat(e.identifiers()).extracting(IdentifierView::value).containsExactly(handle));
        assertThat(support.as("lotte", () -> caseQueries.similar(null, clientPhone[1], null)))
                .extracting(SimilarCase::id).contains(caseId);
        assertThat(support.as("lotte", () -> caseQueries.similar(null, null,
                " " + address.toUpperCase(Locale.ROOT) + " "))).extracting(SimilarCase::id).containsExactly(caseId);

        Long otherCase = support.openCase(cases, "lotte", "Tweede");
        Long otherIdentifier = support.as("lotte", () -> {
            Long extorterId = extorters.add(otherCase, null, null);
            return extorters.addIdentifier(otherCase, extorterId,
                    NewIdentifier.username(Platform.INSTAGRAM, handle.toUpperCase(Locale.ROOT)));
        });
        var matches = support.as("lotte", () -> queries.matches(otherCase));
        assertThat(matches).containsOnlyKeys(otherIdentifier);
        assertThat(matches.get(otherIdentifier).otherCases()).isEqualTo(1);
        assertThat(matches.get(otherIdentifier).visible()).extracting(IdentifierMatch.LinkedCase::caseId)
                .containsExactly(caseId);
    }
}
