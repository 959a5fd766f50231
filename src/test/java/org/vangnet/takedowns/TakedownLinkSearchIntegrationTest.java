package org.vangnet.takedowns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.cases.CaseSearch;
import org.vangnet.cases.CaseSearchResult;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.SignedIn;

/**
 * Issue 14, point 5: the one search box finds a case by a takedown link typed differently from how
 * it was recorded (decision 035), through the keyed hash beside the encrypted item; named only to who
 * may see the case, counted for the others; audited without the link.
 */
@SpringBootTest
class TakedownLinkSearchIntegrationTest {

    @Autowired
    CaseSearch search;
    @Autowired
    TakedownService takedowns;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    FieldCipher cipher;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void aCaseIsFoundByItsTakedownLinkTypedDifferentlyByTheOwnerAndOnlyCountedForAnotherTeam() {
        String post = "Vn" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Long caseId = as("lotte", () -> {
            Long id = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Linkzoeker", 24, null, 23, null,
                    false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
            takedowns.create(id, new NewTakedown(platform("INSTAGRAM"), ReportRoute.WEB_FORM, OnBehalfOf.HELPLINE,
                    List.of(new TakedownItem(ItemKind.URL, "https://www.instagram.com/p/" + post + "/")),
                    "Intieme foto zonder toestemming", false));
            return id;
        });
        // The item is stored encrypted: only its keyed hash can find it.
        assertThat(jdbc.queryForObject("""
                select count(*) from takedown_item i join takedown_request r on r.id = i.request_id
                where r.case_id = ? and i.value like 'v1:%' and i.link_hash = ?""", Long.class, caseId,
                cipher.lookupHash("https://www.instagram.com/p/" + post))).isEqualTo(1);

        // Upper-case host, no trailing slash but a fragment and a share parameter; the path's case is kept.
        String typed = "  HTTPS://WWW.Instagram.com/p/" + post + "?igsh=abc123#comments ";
        var owner = as("lotte", () -> search.search(typed));
        assertThat(owner.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.caseId()).isEqualTo(caseId);
            assertThat(hit.matchedOn()).containsExactly(TakedownLinkSearch.LABEL);
        });
        assertThat(owner.elsewhere()).isEmpty();
        String detail = jdbc.queryForObject("""
                select detail from audit_event where actor = 'lotte' and object_type = 'CASE_SEARCH' and action = 'READ'
                order by id desc limit 1""", String.class);
        assertThat(detail).contains("found=1", "takedown-link").doesNotContain(post).doesNotContain(post.toLowerCase());
        // A path is case-sensitive on most sites: another case of letters is another page.
        assertThat(as("lotte", () -> search.search("https://www.instagram.com/p/" + post.toLowerCase())).hits())
                .isEmpty();

        // Inès works in Brussel: the case is not named, only counted.
        var otherTeam = as("ines", () -> search.search("https://www.instagram.com/p/" + post));
        assertThat(otherTeam.hits()).isEmpty();
        assertThat(otherTeam.elsewhere()).containsExactly(new CaseSearchResult.Elsewhere(TakedownLinkSearch.LABEL, 1));

    }

    /** With full scans discouraged (the test database is small), the link look-up starts from its index. */
    @Test
    void theLinkLookUpStartsFromTheIndexOnTheHash() {
        var params = new MapSqlParameterSource("hash", cipher.lookupHash("https://example.org/a"))
                .addValue("candidates", CaseSearch.CANDIDATES);
        String plan = transactions.execute(tx -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", named.queryForList("explain " + TakedownLinkSearch.QUERY, params, String.class));
        });
        assertThat(plan).doesNotContain("Seq Scan").contains("takedown_item_link_idx");
    }

    private Long platform(String code) {
        return jdbc.queryForObject("select id from platform where code = ?", Long.class, code);
    }

    private <T> T as(String username, Supplier<T> action) {
        return new SignedIn(users, securityContext).as(username, action);
    }
}
