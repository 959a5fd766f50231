package org.vangnet.sextortion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.Priority;

/** A newcomer's first start: the demo cases of Jonas and Alex share an extorter, and it shows. */
@SpringBootTest(properties = {"vangnet.demo-data.cases=true", "vangnet.test.context=demo-sextortion"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoSextortionTest {

    @Autowired
    SextortionQueries queries;
    @Autowired
    CaseQueries caseQueries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void theDemoExtorterOfJonasAlsoAppearsInAlexsCaseAndHisDeadlineIsRunning() {
        var support = new SextortionTestSupport(userDetails, jdbc, securityContext);
        Long jonas = jdbc.queryForObject("select id from case_file where client_alias = 'Jonas'", Long.class);
        Long alex = jdbc.queryForObject("select id from case_file where client_alias = 'Alex'", Long.class);

        var lottesView = support.as("lotte", () -> queries.matches(jonas));
        var sofiesView = support.as("sofie", () -> queries.matches(jonas));

        assertThat(lottesView.values()).singleElement().satisfies(m -> {
            assertThat(m.otherCases()).isEqualTo(1);
            assertThat(m.visible()).as("Alex is Sofie's case, not shared with Lotte").isEmpty();
        });
        assertThat(sofiesView.values()).singleElement().satisfies(m -> assertThat(m.visible())
                .extracting(IdentifierMatch.LinkedCase::caseId).containsExactly(alex));
        assertThat(support.as("lotte", () -> caseQueries.headerNotes(jonas)))
                .filteredOn(n -> n.messageKey().startsWith("sextortion.")).hasSize(1);
        assertThat(support.as("lotte", () -> caseQueries.get(jonas)).priority()).isEqualTo(Priority.URGENT);
    }
}
