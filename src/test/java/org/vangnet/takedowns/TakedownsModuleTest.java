package org.vangnet.takedowns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.takedowns.TakedownEvents.TakedownStatusChanged;
import org.vangnet.testsupport.SignedIn;

/**
 * The takedowns module with the modules it builds on (cases, security, base, audit), and not the
 * follow-ups that react to it: a status change is published by the request itself and recorded by the
 * cases module on the timeline and in the audit trail, with the case's id.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
class TakedownsModuleTest {

    @Autowired
    TakedownService takedowns;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void aSubmittedRequestIsPublishedByItselfAndLandsOnTheTimelineAndInTheCasesAccessLog(Scenario scenario) {
        var lotte = new SignedIn(users, securityContext);
        Long platform = jdbc.queryForObject("select id from platform where code = 'REDDIT'", Long.class);
        Long[] ids = lotte.as("lotte", () -> {
            Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Module verwijderen", 30, null,
                    29, null, false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
            Long requestId = takedowns.create(caseId, new NewTakedown(platform, ReportRoute.WEB_FORM, OnBehalfOf.HELPLINE,
                    List.of(new TakedownItem(ItemKind.URL, "https://www.reddit.com/r/x/comments/module/")), "Beeld",
                    false));
            return new Long[] {caseId, requestId};
        });

        scenario.stimulate(() -> lotte.as("lotte",
                        () -> takedowns.changeStatus(ids[0], ids[1], 0, TakedownStatus.EVIDENCE_CAPTURED, null, null)))
                .andWaitForEventOfType(TakedownStatusChanged.class)
                .matching(event -> event.requestId().equals(ids[1]))
                .toArriveAndVerify(event -> {
                    assertThat(event.caseId()).isEqualTo(ids[0]);
                    assertThat(event.platformName()).isEqualTo("Reddit");
                    assertThat(jdbc.queryForObject("""
                            select count(*) from audit_event where case_id = ? and object_type = 'TAKEDOWN'
                              and object_id = ? and detail = 'status:EVIDENCE_CAPTURED'""",
                            Long.class, ids[0], ids[1].toString())).isOne();
                    assertThat(jdbc.queryForList("select message_key from case_timeline_entry where case_id = ?"
                            + " and entry_type = 'TAKEDOWN' order by id", String.class, ids[0]))
                            .containsExactly("timeline.takedown.created", "timeline.takedown.status");
                });
    }
}
