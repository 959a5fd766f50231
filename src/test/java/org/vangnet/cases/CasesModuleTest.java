package org.vangnet.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.cases.CaseEvents.CaseStatusChanged;
import org.vangnet.testsupport.SignedIn;

/**
 * The cases module on its own, with only the modules it depends on (base, security) and not the
 * audit module that implements the trail's port, nor any module built on cases: a change of status
 * is published by the case itself, and the one record keeper writes its timeline line and its audit
 * line (through the port, to the database) in the same transaction.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class CasesModuleTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    RecordingAuditTrail audit;

    /** The audit module is not part of this test: the port is answered by a recorder. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AuditPort {

        @Bean
        RecordingAuditTrail auditTrail() {
            return new RecordingAuditTrail();
        }
    }

    static class RecordingAuditTrail implements AuditTrail {

        final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

        @Override
        public void record(AuditEntry entry) {
            entries.add(entry);
        }
    }

    @Test
    void aStatusChangeIsPublishedByTheCaseAndRecordedOnTheTimelineOnce(Scenario scenario) {
        var lotte = new SignedIn(users, securityContext);
        Long caseId = lotte.as("lotte", () -> cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Module", 30,
                null, 29, null, false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null)));

        scenario.stimulate(() -> lotte.as("lotte", () -> cases.changeStatus(caseId, 0, CaseStatus.ACTIVE, null, null)))
                .andWaitForEventOfType(CaseStatusChanged.class)
                .matching(event -> event.caseId().equals(caseId))
                .toArriveAndVerify(event -> {
                    assertThat(event.from()).isEqualTo(CaseStatus.NEW);
                    assertThat(event.to()).isEqualTo(CaseStatus.ACTIVE);
                    assertThat(jdbc.queryForList("select message_key from case_timeline_entry where case_id = ?"
                            + " and entry_type = 'STATUS'", String.class, caseId))
                            .containsExactly("timeline.case.status-changed");
                    assertThat(audit.entries).filteredOn(e -> "status:ACTIVE".equals(e.detail()))
                            .singleElement().satisfies(e -> {
                                assertThat(e.caseId()).isEqualTo(caseId);
                                assertThat(e.objectType()).isEqualTo("CASE");
                            });
                });
    }
}
