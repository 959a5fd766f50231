package org.vangnet.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vangnet.base.crypto.FieldCipher;

/**
 * Issue 15, point 7: opening the case list, each quick search and each "already known?" lookup is a
 * line of the audit trail, with the filters used and never the typed value, only its keyed hash.
 */
@SpringBootTest
class CaseReadAuditIntegrationTest {

    @Autowired
    CaseQueries queries;
    @Autowired
    FieldCipher cipher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("karim")
    void theCaseListIsAuditedOncePerFilteringWithItsFiltersButNotTheSearchedText() {
        var filter = new CaseFilter(Set.of(CaseStatus.ACTIVE, CaseStatus.NEW), HarmKind.SEXTORTION, null, null, null,
                LocalDate.of(2026, 1, 1), null, "Geheimealias");

        queries.find(filter, PageRequest.of(0, 50));
        queries.find(filter, PageRequest.of(1, 50));

        var details = jdbc.queryForList("""
                select detail from audit_event where actor = 'karim' and object_type = 'CASE_LIST' and action = 'READ'
                order by id""", String.class);
        assertThat(details).hasSize(1).first().asString()
                .isEqualTo("status=ACTIVE,NEW;harm=SEXTORTION;opened;q#"
                        + cipher.lookupHash("geheimealias").substring(0, 16))
                .doesNotContainIgnoringCase("geheimealias");
    }

    @Test
    @WithUserDetails("ines")
    void anAlreadyKnownLookupRecordsKeyedHashesOfTheNormalisedValuesAndTheNumberFound() {
        queries.similar("Zoekalias", "0470 12 34 56", " Iemand@Example.org ");

        String detail = jdbc.queryForObject("""
                select detail from audit_event where actor = 'ines' and object_type = 'CASE_LOOKUP'
                order by id desc limit 1""", String.class);
        assertThat(detail).isEqualTo("alias#" + cipher.lookupHash("zoekalias").substring(0, 16)
                + ";phone#" + cipher.lookupHash("+32470123456").substring(0, 16)
                + ";email#" + cipher.lookupHash("iemand@example.org").substring(0, 16) + ";found=0");
        assertThat(detail).doesNotContainIgnoringCase("zoekalias").doesNotContain("470").doesNotContain("example");
    }

    @Test
    @WithUserDetails("ines")
    void aLookupWithNothingUsableYetWritesNoLine() {
        long before = lookups();
        queries.similar("Z", "04", "iemand@");
        assertThat(lookups()).isEqualTo(before);
    }

    private long lookups() {
        return jdbc.queryForObject("select count(*) from audit_event where actor = 'ines' and object_type = 'CASE_LOOKUP'",
                Long.class);
    }
}
