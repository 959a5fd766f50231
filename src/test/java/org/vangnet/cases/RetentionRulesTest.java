package org.vangnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.time.HelplineZone;

/** The rules of retention and pseudonymisation, without Spring. */
class RetentionRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    @ParameterizedTest
    @ValueSource(ints = {6, 24, 120})
    void aPeriodWithinTheBoundsIsAccepted(int months) {
        assertThat(RetentionSettings.checked(months)).isEqualTo(months);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 5, 121, 1200})
    void aPeriodOutsideTheBoundsIsRefusedWithAMessageForTheField(int months) {
        assertThatThrownBy(() -> RetentionSettings.checked(months))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("months");
                    assertThat(e.messageKey()).isEqualTo("validation.retention.months");
                    assertThat(e.arguments()).containsExactly(6, 120);
                });
    }

    @Test
    void noPeriodIsRefusedToo() {
        assertThatThrownBy(() -> RetentionSettings.checked(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void thePeriodIsCountedInCalendarMonthsOfTheHelplinesZone() {
        Instant closedBefore = RetentionSettings.closedBefore(Instant.parse("2026-03-31T10:00:00Z"), 24, HelplineZone.ZONE);

        // 31 March 2026 minus 24 months is 31 March 2024, same local time (12:00 in Brussels, summer time).
        assertThat(closedBefore).isEqualTo(Instant.parse("2024-03-31T10:00:00Z"));
    }

    @Test
    void onlyAClosedCaseCanBePseudonymised() {
        var file = adultCase();

        assertThatThrownBy(() -> file.pseudonymise(PseudonymisationReason.CLIENT_REQUEST, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.case.erase-not-closed"));
        assertThat(file.isPseudonymised()).isFalse();
        assertThat(file.getClientAlias()).isEqualTo("Mira");
    }

    @Test
    void pseudonymisingRemovesWhatIdentifiesTheClientAndKeepsTheFacts() {
        var file = adultCase();
        file.moveTo(CaseStatus.CLOSED, null, ClosingReason.RESOLVED, NOW);

        int contacts = file.pseudonymise(PseudonymisationReason.RETENTION_EXPIRED, NOW);

        assertThat(contacts).isEqualTo(1);
        var client = file.clientDetails();
        assertThat(client.alias()).isEqualTo(Pseudonymisation.PLACEHOLDER);
        assertThat(client.ageNow()).isNull();
        assertThat(client.birthYear()).isNull();
        assertThat(client.ageAtImages()).isNull();
        assertThat(client.language()).isNull();
        assertThat(client.contacts()).isEmpty();
        assertThat(file.getSummary()).isNull();
        assertThat(file.filesAllowed()).isFalse();
        assertThat(file.getPseudonymisedAt()).isEqualTo(NOW);
        assertThat(file.getPseudonymisationReason()).isEqualTo(PseudonymisationReason.RETENTION_EXPIRED);
        assertThat(file.getHarms()).containsExactly(HarmKind.LEAKED_IMAGES);
        assertThat(file.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(file.getClosingReason()).isEqualTo(ClosingReason.RESOLVED);
        assertThat(file.getIntakeChannel()).isEqualTo(IntakeChannel.CHAT);
        assertThat(file.getPriority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void aPseudonymisedCaseCanNeverBeReopenedChangedOrPseudonymisedAgain() {
        var file = adultCase();
        file.moveTo(CaseStatus.CLOSED, null, ClosingReason.RESOLVED, NOW);
        file.pseudonymise(PseudonymisationReason.CLIENT_REQUEST, NOW);

        for (Runnable change : List.<Runnable>of(
                () -> file.moveTo(CaseStatus.REOPENED, null, null, NOW),
                () -> file.updateClient(CaseTestSupport.client("Terug", 26, 24), List.of(), NOW),
                () -> file.describe("Nieuwe samenvatting"),
                () -> file.changeHarms(Set.of(HarmKind.DEEPFAKE)),
                () -> file.assignTo(9L, NOW),
                () -> file.markDeadlineRunning(NOW),
                () -> file.pseudonymise(PseudonymisationReason.CLIENT_REQUEST, NOW))) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("validation.case.pseudonymised"));
        }
        assertThat(file.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(file.getPseudonymisationReason()).isEqualTo(PseudonymisationReason.CLIENT_REQUEST);
    }

    @Test
    void theRetentionJobsReasonIsNotOneASupervisorCanGive() {
        assertThat(PseudonymisationReason.onRequest()).doesNotContain(PseudonymisationReason.RETENTION_EXPIRED)
                .hasSize(PseudonymisationReason.values().length - 1);
    }

    @Test
    void theAuditDetailNamesReasonAndNonZeroCountsAndAlwaysFits() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("ct", 2);
        counts.put("nt", 0);
        counts.put("ev", 3);
        assertThat(CasePseudonymiser.auditDetail(PseudonymisationReason.CLIENT_REQUEST, counts))
                .isEqualTo("pseudonymised:CLIENT_REQUEST;ct=2,ev=3");

        for (int i = 0; i < 40; i++) {
            counts.put("code" + i, 1_000_000 + i);
        }
        String detail = CasePseudonymiser.auditDetail(PseudonymisationReason.RECORDED_IN_ERROR, counts);
        assertThat(detail).hasSizeLessThanOrEqualTo(AuditEntry.MAX_DETAIL).startsWith("pseudonymised:RECORDED_IN_ERROR;ct=2")
                .doesNotEndWith(",");
        new AuditEntry(org.vangnet.base.audit.AuditAction.DELETE, "CASE", "1",
                org.vangnet.base.audit.AuditOutcome.SUCCESS, detail, null, null);
    }

    private static CaseFile adultCase() {
        var client = new ClientDetails("Mira", 25, 2001, 24, "nl", false, false, false,
                List.of(CaseTestSupport.phone("0470 12 34 56")));
        return new CaseFile("VN-2026-000001", new NewCase(IntakeChannel.CHAT, client, Set.of(HarmKind.LEAKED_IMAGES),
                "Beelden verspreid"), CaseService.normalise(client.contacts()), 1L, 2L, "lotte", NOW);
    }
}
