package org.vangnet.sextortion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.DomainException;
import org.vangnet.cases.CaseSearch;
import org.vangnet.cases.CaseSearchResult;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.ContactDetail;
import org.vangnet.cases.ContactKind;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;

/**
 * Issue 14, point 5: the one search box finds a returning client by a phone number or e-mail address
 * typed differently, an extorter by handle or IBAN, a case by reference or alias; only within the
 * user's scope, the other cases counted for identifiers only; every search audited without the text.
 */
@SpringBootTest
class OneSearchBoxIntegrationTest {

    @Autowired
    CaseSearch search;
    @Autowired
    CaseService cases;
    @Autowired
    ExtorterService extorters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
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
    void aReturningClientIsFoundByAPhoneNumberTypedDifferentlyOnlyByWhoMaySeeTheCase() {
        String[] mobile = SextortionTestSupport.uniqueMobile();
        String mail = "terug" + ThreadLocalRandom.current().nextInt(1_000_000) + "@voorbeeld.be";
        Long caseId = openWithContacts("lotte", "Terugkeer", mobile[0], mail);

        var byPhone = support.as("lotte", () -> search.search(mobile[1]));
        assertThat(byPhone.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.caseId()).isEqualTo(caseId);
            assertThat(hit.matchedOn()).containsExactly("search.matched.phone");
        });
        var byMail = support.as("sofie", () -> search.search("  " + mail.toUpperCase() + " "));
        assertThat(byMail.hits()).extracting(CaseSearchResult.Hit::caseId).containsExactly(caseId);
        assertThat(byMail.hits().getFirst().matchedOn()).containsExactly("search.matched.email");

        // Inès works in Brussel: nothing named, and a client's contact details are not even counted.
        var outside = support.as("ines", () -> search.search(mobile[2]));
        assertThat(outside.hits()).isEmpty();
        assertThat(outside.elsewhere()).isEmpty();
    }

    @Test
    void anExtorterIsFoundByHandleAndIbanAndCasesOutsideTheScopeAreOnlyCounted() {
        String handle = SextortionTestSupport.uniqueHandle();
        String iban = uniqueBelgianIban();
        Long karims = support.openCase(cases, "karim", "Afgeperst");
        support.as("karim", () -> {
            Long extorter = extorters.add(karims, "Afperser", null);
            extorters.addIdentifier(karims, extorter, NewIdentifier.username(Platform.SNAPCHAT, handle));
            extorters.addIdentifier(karims, extorter, NewIdentifier.of(IdentifierKind.IBAN, iban));
        });
        Long lottes = support.openCase(cases, "lotte", "Ook afgeperst");
        support.as("lotte", () -> {
            Long extorter = extorters.add(lottes, "Zelfde afperser", null);
            extorters.addIdentifier(lottes, extorter, NewIdentifier.of(IdentifierKind.IBAN, iban));
        });
        String spacedIban = iban.replaceAll("(.{4})", "$1 ").toLowerCase();

        var lotteByIban = support.as("lotte", () -> search.search(spacedIban));
        assertThat(lotteByIban.hits()).extracting(CaseSearchResult.Hit::caseId).containsExactly(lottes);
        assertThat(lotteByIban.hits().getFirst().matchedOn()).containsExactly("search.matched.extorter.IBAN");
        assertThat(lotteByIban.elsewhere()).containsExactly(
                new CaseSearchResult.Elsewhere("search.matched.extorter.IBAN", 1));

        var sofieByIban = support.as("sofie", () -> search.search(iban));
        assertThat(sofieByIban.hits()).extracting(CaseSearchResult.Hit::caseId).containsExactly(lottes, karims);
        assertThat(sofieByIban.elsewhere()).isEmpty();

        var karimByHandle = support.as("karim", () -> search.search("@" + handle.toUpperCase()));
        assertThat(karimByHandle.hits()).extracting(CaseSearchResult.Hit::caseId).containsExactly(karims);
        assertThat(karimByHandle.hits().getFirst().matchedOn()).contains("search.matched.extorter.USERNAME");
    }

    @Test
    void aCaseIsFoundByItsReferenceOrItsNumberAndByTheStartOfItsAlias() {
        String alias = "Zoekbaar" + ThreadLocalRandom.current().nextInt(1_000_000);
        Long caseId = openWithContacts("lotte", alias, null, null);
        String reference = jdbc.queryForObject("select reference from case_file where id = ?", String.class, caseId);

        assertThat(support.as("lotte", () -> search.search(reference.toLowerCase())).hits())
                .extracting(CaseSearchResult.Hit::caseId).containsExactly(caseId);
        assertThat(support.as("lotte", () -> search.search(reference.substring(8).replaceFirst("^0+", ""))).hits())
                .extracting(CaseSearchResult.Hit::caseId).contains(caseId);
        var byAlias = support.as("lotte", () -> search.search(alias.substring(0, alias.length() - 2).toLowerCase()));
        assertThat(byAlias.hits()).extracting(CaseSearchResult.Hit::caseId).contains(caseId);
        assertThat(byAlias.hits()).filteredOn(h -> h.caseId().equals(caseId)).singleElement()
                .satisfies(h -> assertThat(h.matchedOn()).containsExactly("search.matched.alias"));
        assertThat(support.as("ines", () -> search.search(alias)).hits()).isEmpty();
    }

    @Test
    void everySearchIsAuditedWithTheKeyedHashOfTheTextAndWhatWasFoundNeverTheText() {
        String[] mobile = SextortionTestSupport.uniqueMobile();
        openWithContacts("lotte", "Geaudit", mobile[0], null);

        support.as("lotte", () -> search.search(mobile[1]));

        String detail = jdbc.queryForObject("""
                select detail from audit_event where actor = 'lotte' and object_type = 'CASE_SEARCH' and action = 'READ'
                order by id desc limit 1""", String.class);
        assertThat(detail).startsWith("q#" + cipher.lookupHash(mobile[1]).substring(0, 16) + ";found=1;elsewhere=0;as=")
                .contains("phone").doesNotContain(mobile[1]).doesNotContain(mobile[2].substring(3));
    }

    @Test
    void aSearchTooShortIsRefusedOnTheFieldAndWritesNothing() {
        long before = jdbc.queryForObject("select count(*) from audit_event where object_type = 'CASE_SEARCH'", Long.class);
        assertThatThrownBy(() -> support.as("lotte", () -> search.search(" a ")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("query");
                    assertThat(e.messageKey()).isEqualTo("search.too-short");
                });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'CASE_SEARCH'", Long.class))
                .isEqualTo(before);
    }

    @Test
    void onlyWhoMayReadCasesMaySearch() {
        assertThatThrownBy(() -> support.as("admin", () -> search.search("VN-2026-000001")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** With full scans discouraged (the test database is small), the identifier look-up is still an index scan. */
    @Test
    void theIdentifierLookUpStartsFromTheIndexOnKindAndHash() {
        var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("kind", "IBAN")
                .addValue("hashes", List.of(cipher.lookupHash("a"), cipher.lookupHash("b")))
                .addValue("candidates", CaseSearch.CANDIDATES);
        String plan = transactions.execute(tx -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", named.queryForList("explain " + IdentifierSearch.QUERY, params, String.class));
        });
        assertThat(plan).doesNotContain("Seq Scan").contains("extorter_identifier_match_idx");
    }

    private Long openWithContacts(String username, String alias, String phone, String mail) {
        List<ContactDetail> contacts = new java.util.ArrayList<>();
        if (phone != null) {
            contacts.add(new ContactDetail(ContactKind.PHONE, phone, true, false, false));
        }
        if (mail != null) {
            contacts.add(new ContactDetail(ContactKind.EMAIL, mail, false, false, true));
        }
        return support.as(username, () -> cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails(alias, 22,
                null, 21, "nl", false, false, false, contacts), Set.of(HarmKind.LEAKED_IMAGES), "Terugkerende cliënt")));
    }

    /** A valid Belgian account number no other test uses: national check digits, then the IBAN's. */
    static String uniqueBelgianIban() {
        long first10 = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        long national = first10 % 97 == 0 ? 97 : first10 % 97;
        String bban = "%010d%02d".formatted(first10, national);
        int check = 98 - new BigInteger(bban + "111400").mod(BigInteger.valueOf(97)).intValue();
        return "BE%02d%s".formatted(check, bban);
    }
}
