package org.vangnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vangnet.cases.CaseTestSupport.client;
import static org.vangnet.cases.CaseTestSupport.newCase;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.DomainException;
import org.vangnet.security.StepUpRequiredException;

/**
 * Break-the-glass (decision 022): a counsellor of another team opens a case by its reference with a
 * reason and a recent factor, for a limited time, audited in the case's log; the case team's
 * supervisor reviews it; institute staff never get it.
 */
@SpringBootTest
class EmergencyAccessIntegrationTest {

    static final String REASON = "Nachtdienst: cliënt belt in paniek, collega Lotte niet bereikbaar";

    @Autowired
    EmergencyAccessService emergency;
    @Autowired
    CaseService cases;
    @Autowired
    CaseQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    FieldCipher cipher;

    CaseTestSupport support;
    Long caseId;
    String reference;

    @BeforeEach
    void aCaseOfTeamGent() {
        support = new CaseTestSupport(userDetails, jdbc, securityContext);
        caseId = support.as("lotte", () -> cases.open(newCase(client("Nood " + CaseTestSupport.token(), 16, null))));
        reference = jdbc.queryForObject("select reference from case_file where id = ?", String.class, caseId);
    }

    @Test
    void aCounsellorOfAnotherTeamOpensTheCaseWithAReasonForFourHoursAuditedInTheCasesLog() {
        support.as("ines", () -> assertThatThrownBy(() -> queries.get(caseId)).isInstanceOf(CaseNotAccessibleException.class));

        Long opened = support.as("ines", () -> emergency.open(reference.toLowerCase(), REASON));

        assertThat(opened).isEqualTo(caseId);
        assertThat(support.as("ines", () -> queries.get(caseId)).reference()).isEqualTo(reference);
        Instant until = support.as("ines", () -> emergency.activeUntil(caseId)).orElseThrow();
        assertThat(Duration.between(Instant.now(), until)).isBetween(Duration.ofMinutes(235), Duration.ofMinutes(241));
        var row = jdbc.queryForMap("select id, reason, team_id from case_emergency_access where case_id = ?", caseId);
        assertThat((String) row.get("reason")).startsWith(FieldCipher.PREFIX).doesNotContain("paniek");
        assertThat(cipher.decrypt((String) row.get("reason"))).isEqualTo(REASON);
        assertThat(row.get("team_id")).isEqualTo(support.teamId("Team Gent"));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'CREATE' and object_type = 'CASE_EMERGENCY_ACCESS'
                and object_id = ? and case_id = ? and actor = 'ines' and detail = 'break-the-glass'""",
                Long.class, row.get("id").toString(), caseId)).isEqualTo(1);
        // Only this case: the rest of Team Gent stays closed to her.
        Long other = support.as("lotte", () -> cases.open(newCase(client("Ander " + CaseTestSupport.token(), 30, 30))));
        support.as("ines", () -> assertThatThrownBy(() -> queries.get(other)).isInstanceOf(CaseNotAccessibleException.class));
    }

    @Test
    void theOpeningEndsWhenItExpires() {
        support.as("ines", () -> emergency.open(reference, REASON));
        jdbc.update("""
                update case_emergency_access set opened_at = now() - interval '5 hours', expires_at = now() - interval '1 hour'
                where case_id = ?""", caseId);

        support.as("ines", () -> {
            assertThatThrownBy(() -> queries.get(caseId)).isInstanceOf(CaseNotAccessibleException.class);
            assertThat(emergency.activeUntil(caseId)).isEmpty();
        });
    }

    @Test
    void aShortReasonAnUnknownReferenceAndAnOldFactorAreRefusedWithoutOpeningAnything() {
        support.as("ines", () -> {
            assertThatThrownBy(() -> emergency.open(reference, "dringend"))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.field()).isEqualTo("reason");
                        assertThat(e.messageKey()).isEqualTo("emergency.reason.too-short");
                    });
            assertThatThrownBy(() -> emergency.open("VN-1999-999999", REASON))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reference"));
        });
        assertThat(jdbc.queryForObject("select count(*) from case_emergency_access where case_id = ?", Long.class, caseId))
                .isZero();
    }

    @Test
    @WithUserDetails("ines")
    void withoutARecentSecondFactorTheStepUpIsAskedFirst() {
        assertThatThrownBy(() -> emergency.open(reference, REASON)).isInstanceOf(StepUpRequiredException.class);
        assertThat(jdbc.queryForObject("select count(*) from case_emergency_access where case_id = ?", Long.class, caseId))
                .isZero();
    }

    @Test
    void instituteStaffNeverGetIt() {
        support.as("nadia", () -> assertThatThrownBy(() -> emergency.open(reference, REASON))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void theCaseTeamsSupervisorSeesTheReasonAndMarksItReviewedThenItLeavesTheList() {
        support.as("ines", () -> emergency.open(reference, REASON));

        var listed = support.as("sofie", () -> emergency.toReview(PageRequest.of(0, 500)).getContent()).stream()
                .filter(a -> a.caseId().equals(caseId)).toList();
        assertThat(listed).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo(REASON);
            assertThat(a.openedBy()).isEqualTo("Inès Dubois");
            assertThat(a.caseReference()).isEqualTo(reference);
        });
        support.as("ines", () -> assertThatThrownBy(() -> emergency.toReview(PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class));

        var access = listed.getFirst();
        support.as("sofie", () -> emergency.markReviewed(access.id(), access.version()));

        assertThat(support.as("sofie", () -> emergency.toReview(PageRequest.of(0, 500)).getContent()))
                .noneMatch(a -> a.caseId().equals(caseId));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'UPDATE' and object_type = 'CASE_EMERGENCY_ACCESS'
                and object_id = ? and case_id = ? and actor = 'sofie' and detail = 'reviewed'""",
                Long.class, access.id().toString(), caseId)).isEqualTo(1);
        support.as("sofie", () -> assertThatThrownBy(() -> emergency.markReviewed(access.id(), access.version()))
                .isInstanceOf(DomainException.class));
    }
}
