package org.vangnet.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vangnet.takedowns.TakedownStatus;

class FollowUpRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aNewCaseAsksForAFirstCallBackWithin24Hours() {
        assertThat(FollowUpRules.caseOpened(7L, NOW)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(FollowUpKind.CALL_BACK);
            assertThat(p.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
            assertThat(p.rule()).isEqualTo(FollowUpRules.FIRST_CALL_BACK);
            assertThat(p.ruleKey()).isEqualTo("FIRST_CALL_BACK:case:7");
        });
    }

    @Test
    void aSubmittedTakedownAsksToCheckThePlatformsAnswerAfter48Hours() {
        assertThat(FollowUpRules.takedownMoved(3L, TakedownStatus.SUBMITTED, NOW)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(FollowUpKind.CHECK_PLATFORM_ANSWER);
            assertThat(p.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
            assertThat(p.takedownRequestId()).isEqualTo(3L);
        });
    }

    @Test
    void aRemovedTakedownAsksToCheckForReappearanceAfter7AndAfter30Days() {
        var planned = FollowUpRules.takedownMoved(3L, TakedownStatus.REMOVED, NOW);
        assertThat(planned).extracting(PlannedFollowUp::dueAt)
                .containsExactly(NOW.plus(Duration.ofDays(7)), NOW.plus(Duration.ofDays(30)));
        assertThat(planned).extracting(PlannedFollowUp::kind).containsOnly(FollowUpKind.CHECK_REAPPEARANCE);
        assertThat(planned).extracting(PlannedFollowUp::ruleKey).doesNotHaveDuplicates();
    }

    @Test
    void otherTakedownMovesAskForNothing() {
        assertThat(FollowUpRules.takedownMoved(3L, TakedownStatus.ACKNOWLEDGED, NOW)).isEmpty();
        assertThat(FollowUpRules.takedownMoved(3L, TakedownStatus.REFUSED, NOW)).isEmpty();
    }

    @Test
    void aDecisionTheInstituteRecordedAsksToCheckTheAnswerAndInformTheClientNow() {
        assertThat(FollowUpRules.instituteDecided(3L, TakedownStatus.REFUSED, NOW)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(FollowUpKind.CHECK_PLATFORM_ANSWER);
            assertThat(p.dueAt()).isEqualTo(NOW);
            assertThat(p.rule()).isEqualTo(FollowUpRules.INSTITUTE_DECISION);
            assertThat(p.ruleKey()).isEqualTo("INSTITUTE_DECISION:takedown:3:REFUSED");
            assertThat(p.takedownRequestId()).isEqualTo(3L);
        });
        var removed = FollowUpRules.instituteDecided(3L, TakedownStatus.REMOVED, NOW);
        assertThat(removed).extracting(PlannedFollowUp::rule).containsExactly(FollowUpRules.INSTITUTE_DECISION,
                FollowUpRules.REAPPEARANCE_7_DAYS, FollowUpRules.REAPPEARANCE_30_DAYS);
        assertThat(FollowUpRules.instituteDecided(3L, TakedownStatus.ESCALATED, NOW)).isEmpty();
    }

    @Test
    void anExtortionDeadlineGetsAnUrgentFollowUpTwoHoursBefore() {
        Instant deadline = NOW.plus(Duration.ofHours(10));
        assertThat(FollowUpRules.extortionDeadline(5L, deadline, NOW)).singleElement().satisfies(p -> {
            assertThat(p.urgent()).isTrue();
            assertThat(p.dueAt()).isEqualTo(deadline.minus(Duration.ofHours(2)));
            assertThat(p.extortionContactId()).isEqualTo(5L);
        });
    }

    @Test
    void anExtortionDeadlineLessThanTwoHoursAwayIsDueNow() {
        assertThat(FollowUpRules.extortionDeadline(5L, NOW.plus(Duration.ofMinutes(30)), NOW))
                .singleElement().satisfies(p -> assertThat(p.dueAt()).isEqualTo(NOW));
    }

    @Test
    void aPastOrMissingDeadlineAsksForNothingAndAMovedDeadlineIsANewFollowUp() {
        assertThat(FollowUpRules.extortionDeadline(5L, NOW.minusSeconds(1), NOW)).isEmpty();
        assertThat(FollowUpRules.extortionDeadline(5L, null, NOW)).isEmpty();
        var first = FollowUpRules.extortionDeadline(5L, NOW.plus(Duration.ofHours(5)), NOW).getFirst();
        var moved = FollowUpRules.extortionDeadline(5L, NOW.plus(Duration.ofHours(6)), NOW).getFirst();
        assertThat(first.ruleKey()).isNotEqualTo(moved.ruleKey());
    }

    @Test
    void aCourtOrderIsCheckedUrgentlyAtItsSixHourDeadlineAndAnAppealTwoWeeksBeforeItLapses() {
        java.time.Instant now = java.time.Instant.parse("2026-03-02T10:00:00Z");
        var plans = FollowUpRules.takedownDeadlines(7L, now.plus(java.time.Duration.ofHours(6)),
                java.time.LocalDate.of(2026, 9, 2), now);
        assertThat(plans).hasSize(2);
        assertThat(plans.get(0).rule()).isEqualTo(FollowUpRules.COURT_ORDER_DEADLINE);
        assertThat(plans.get(0).dueAt()).isEqualTo(now.plus(java.time.Duration.ofHours(6)));
        assertThat(plans.get(0).urgent()).isTrue();
        assertThat(plans.get(1).rule()).isEqualTo(FollowUpRules.APPEAL_DEADLINE);
        assertThat(plans.get(1).dueAt()).isEqualTo(java.time.Instant.parse("2026-08-19T07:00:00Z"));
        assertThat(plans.get(1).ruleKey()).isNotEqualTo(plans.get(0).ruleKey());
    }

    @Test
    void aDeadlineAlreadyPastPlansNothing() {
        java.time.Instant now = java.time.Instant.parse("2026-03-02T10:00:00Z");
        assertThat(FollowUpRules.takedownDeadlines(7L, now.minusSeconds(1), java.time.LocalDate.of(2026, 3, 1), now))
                .isEmpty();
        assertThat(FollowUpRules.takedownDeadlines(7L, null, java.time.LocalDate.of(2026, 3, 10), now))
                .singleElement().satisfies(p -> assertThat(p.dueAt()).isEqualTo(now));
    }
}
