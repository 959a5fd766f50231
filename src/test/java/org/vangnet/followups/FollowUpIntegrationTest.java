package org.vangnet.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.base.domain.DomainException;
import org.vangnet.cases.CaseNotAccessibleException;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.CaseStatus;
import org.vangnet.cases.ClosingReason;
import org.vangnet.cases.ConsentAction;
import org.vangnet.cases.ConsentForm;
import org.vangnet.cases.ConsentService;
import org.vangnet.cases.HarmKind;
import org.vangnet.sextortion.ContactEntry;
import org.vangnet.sextortion.ContactLogService;
import org.vangnet.sextortion.Demand;
import org.vangnet.sextortion.ExtorterService;
import org.vangnet.sextortion.Platform;
import org.vangnet.takedowns.EscalationQueue;
import org.vangnet.takedowns.ItemKind;
import org.vangnet.takedowns.NewTakedown;
import org.vangnet.takedowns.OnBehalfOf;
import org.vangnet.takedowns.ReportRoute;
import org.vangnet.takedowns.TakedownEvents.TakedownStatusChanged;
import org.vangnet.takedowns.TakedownItem;
import org.vangnet.takedowns.TakedownService;
import org.vangnet.takedowns.TakedownStatus;

/** Follow-ups as counsellors and supervisors meet them, with a clock the test moves. */
@SpringBootTest(properties = {FollowUpTestConfiguration.CONTEXT, FollowUpTestConfiguration.NO_CRON})
@Import(FollowUpTestConfiguration.class)
class FollowUpIntegrationTest {

    @Autowired
    FollowUpService followUps;
    @Autowired
    CaseService cases;
    @Autowired
    TakedownService takedowns;
    @Autowired
    ExtorterService extorters;
    @Autowired
    ContactLogService contacts;
    @Autowired
    ConsentService consents;
    @Autowired
    EscalationQueue escalations;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    FollowUpTestSupport support;

    @BeforeEach
    void startNow() {
        clock.set(Clock0.now());
        support = new FollowUpTestSupport(users, securityContext, jdbc);
    }

    @Test
    void aSubmittedTakedownIsDueInMyWorkFortyEightHoursLaterAndOnlyOnceWhenTheEventRepeats() {
        Long caseId = support.openCase(cases, "lotte", "Na 48 uur", HarmKind.LEAKED_IMAGES);
        Long requestId = support.as("lotte", () -> {
            Long id = takedowns.create(caseId, request());
            move(caseId, id, TakedownStatus.SUBMITTED);
            return id;
        });
        assertThat(platformChecks("lotte", FollowUpWhen.OVERDUE, caseId)).isEmpty();

        clock.advance(Duration.ofHours(48).plusMinutes(1));
        assertThat(platformChecks("lotte", FollowUpWhen.OVERDUE, caseId)).singleElement().satisfies(f -> {
            assertThat(f.takedownRequestId()).isEqualTo(requestId);
            assertThat(f.source()).isEqualTo(FollowUpRules.PLATFORM_ANSWER);
            assertThat(f.caseReference()).startsWith("VN-");
        });

        support.as("lotte", () -> transactions.executeWithoutResult(tx -> events.publishEvent(new TakedownStatusChanged(
                caseId, requestId, "Reddit", TakedownStatus.DRAFT, TakedownStatus.SUBMITTED))));
        assertThat(platformChecks("lotte", FollowUpWhen.OVERDUE, caseId)).hasSize(1);
    }

    @Test
    void aCourtOrderSubmittedIsCheckedUrgentlyWhenItsSixHoursRunOutAndARefusalBeforeTheAppealLapses() {
        Long caseId = support.openCase(cases, "lotte", "Bevel", HarmKind.LEAKED_IMAGES);
        Instant submitted = clock.instant();
        Long requestId = support.as("lotte", () -> {
            Long id = takedowns.create(caseId, courtOrder());
            move(caseId, id, TakedownStatus.SUBMITTED);
            return id;
        });
        assertThat(platformChecks("lotte", FollowUpWhen.OVERDUE, caseId)).isEmpty();
        var planned = jdbc.queryForMap("""
                select due_at, urgent, source, assignee_id from follow_up where takedown_request_id = ? and source = ?""",
                requestId, FollowUpRules.COURT_ORDER_DEADLINE);
        assertThat(((java.sql.Timestamp) planned.get("due_at")).toInstant())
                .isEqualTo(jdbc.queryForObject("select court_order_deadline from takedown_request where id = ?",
                        java.sql.Timestamp.class, requestId).toInstant())
                .isBetween(submitted.plus(Duration.ofHours(6)).minusSeconds(1), submitted.plus(Duration.ofHours(6))
                        .plusSeconds(5));
        assertThat(planned.get("urgent")).isEqualTo(true);
        assertThat(planned.get("assignee_id")).isEqualTo(support.userId("lotte"));

        clock.advance(Duration.ofHours(6).plusMinutes(1));
        assertThat(platformChecks("lotte", FollowUpWhen.OVERDUE, caseId))
                .anySatisfy(f -> assertThat(f.source()).isEqualTo(FollowUpRules.COURT_ORDER_DEADLINE));

        support.as("lotte", () -> move(caseId, requestId, TakedownStatus.REFUSED));
        assertThat(jdbc.queryForObject("""
                select count(*) from follow_up where takedown_request_id = ? and source = ?""", Long.class, requestId,
                FollowUpRules.APPEAL_DEADLINE)).isOne();
    }

    @Test
    void aRemovedTakedownIsCheckedForReappearanceAfterSevenAndAfterThirtyDays() {
        Instant start = clock.instant();
        Long caseId = support.openCase(cases, "lotte", "Verwijderd", HarmKind.LEAKED_IMAGES);
        support.as("lotte", () -> {
            Long id = takedowns.create(caseId, request());
            move(caseId, id, TakedownStatus.SUBMITTED);
            move(caseId, id, TakedownStatus.REMOVED);
        });
        var checks = support.as("lotte", () -> followUps.forCase(caseId, PageRequest.of(0, 50)).getContent()).stream()
                .filter(f -> f.kind() == FollowUpKind.CHECK_REAPPEARANCE).toList();
        assertThat(checks).extracting(FollowUpView::dueAt)
                .containsExactlyInAnyOrder(start.plus(Duration.ofDays(7)), start.plus(Duration.ofDays(30)));

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(reappearanceChecks(caseId)).hasSize(1);
        clock.advance(Duration.ofDays(23));
        assertThat(reappearanceChecks(caseId)).hasSize(2);
    }

    @Test
    void aNewCaseGetsAFirstCallBackWithinTwentyFourHoursForItsCounsellor() {
        Instant start = clock.instant();
        Long caseId = support.openCase(cases, "karim", "Eerste contact", HarmKind.LEAKED_IMAGES);
        var callBack = support.as("karim", () -> followUps.forCase(caseId, PageRequest.of(0, 50)).getContent());
        assertThat(callBack).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FollowUpKind.CALL_BACK);
            assertThat(f.dueAt()).isEqualTo(start.plus(Duration.ofHours(24)));
            assertThat(f.assigneeId()).isEqualTo(support.userId("karim"));
            assertThat(f.isAutomatic()).isTrue();
        });
        assertThat(support.timelineKeys(caseId)).contains("timeline.followup.scheduled-auto");

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(support.as("karim", () -> followUps.myWork(FollowUpWhen.OVERDUE, PageRequest.of(0, 500))
                .getContent())).extracting(FollowUpView::caseId).contains(caseId);
    }

    @Test
    void anExtortionDeadlineGetsOneUrgentFollowUpTwoHoursBeforeIt() {
        Long caseId = support.openCase(cases, "lotte", "Deadline", HarmKind.SEXTORTION);
        Instant deadline = clock.instant().plus(Duration.ofHours(6));
        support.as("lotte", () -> {
            Long extorterId = extorters.add(caseId, null, null);
            Long contactId = contacts.log(caseId, extorterId, contact(deadline));
            long version = jdbc.queryForObject("select version from extortion_contact where id = ?", Long.class,
                    contactId);
            contacts.change(caseId, contactId, version, contact(deadline));
        });
        var urgent = support.as("lotte", () -> followUps.forCase(caseId, PageRequest.of(0, 50)).getContent())
                .stream().filter(FollowUpView::urgent).toList();
        assertThat(urgent).singleElement().satisfies(f -> {
            assertThat(f.dueAt()).isEqualTo(deadline.minus(Duration.ofHours(2)));
            assertThat(f.extortionContactId()).isNotNull();
            assertThat(f.source()).isEqualTo(FollowUpRules.EXTORTION_DEADLINE);
        });
    }

    @Test
    void doneRescheduledAndDismissedFollowUpsAreAuditedAndOnTheTimeline() {
        Long caseId = support.openCase(cases, "lotte", "Afhandelen", HarmKind.LEAKED_IMAGES);
        Long police = support.as("lotte", () -> followUps.schedule(caseId, new NewFollowUp(FollowUpKind.POLICE_FOLLOW_UP,
                clock.instant().plus(Duration.ofDays(1)), null, "Pv-nummer vragen", null, null)));
        support.as("lotte", () -> {
            assertThatThrownBy(() -> followUps.reschedule(police, version(police), clock.instant().plus(Duration.ofDays(2)), " "))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
            assertThatThrownBy(() -> followUps.reschedule(police, version(police), clock.instant().minusSeconds(60), "Later"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("dueAt"));
            followUps.reschedule(police, version(police), clock.instant().plus(Duration.ofDays(3)), "Politie belt terug");
            assertThatThrownBy(() -> followUps.complete(police, version(police), ""))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("outcome"));
            followUps.complete(police, version(police), "Pv opgesteld");
            assertThatThrownBy(() -> followUps.dismiss(police, version(police), null))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.followup.not-open"));
            assertThatThrownBy(() -> followUps.complete(police, 0, "Te laat bewaard"))
                    .isInstanceOf(DomainException.class);
        });
        Long callBack = support.as("lotte", () -> followUps.forCase(caseId, PageRequest.of(0, 50)).getContent()).stream()
                .filter(f -> f.kind() == FollowUpKind.CALL_BACK).findFirst().orElseThrow().id();
        support.as("lotte", () -> followUps.dismiss(callBack, version(callBack), "Cliënt belde zelf"));

        var all = support.as("lotte", () -> followUps.forCase(caseId, PageRequest.of(0, 50)).getContent());
        assertThat(all).filteredOn(f -> f.id().equals(police)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FollowUpStatus.DONE);
            assertThat(f.outcomeNote()).isEqualTo("Pv opgesteld");
            assertThat(f.reschedules()).isEqualTo(1);
        });
        assertThat(all).filteredOn(f -> f.id().equals(callBack)).extracting(FollowUpView::status)
                .containsExactly(FollowUpStatus.DISMISSED);
        // The reason is kept, encrypted (decision 031).
        assertThat(support.count("select count(*) from follow_up_reschedule where follow_up_id = ? and reason like ?",
                police, "v1:%")).isOne();
        assertThat(support.count("select count(*) from audit_event where object_type = 'FOLLOW_UP' and object_id = ?"
                + " and action = 'UPDATE' and actor = 'lotte'", String.valueOf(police))).isEqualTo(2);
        assertThat(support.timelineKeys(caseId)).contains("timeline.followup.scheduled", "timeline.followup.rescheduled",
                "timeline.followup.done", "timeline.followup.dismissed");
        assertThat(String.join(" ", jdbc.queryForList(
                "select coalesce(arguments, '') from case_timeline_entry where case_id = ?", String.class, caseId)))
                .doesNotContain("Pv opgesteld", "Politie belt terug");
    }

    @Test
    void anotherTeamsCounsellorCannotSeeOrChangeTheFollowUpsButTheSupervisorReassignsThem() {
        Long caseId = support.openCase(cases, "lotte", "Ander team", HarmKind.LEAKED_IMAGES);
        Long id = support.as("lotte", () -> followUps.schedule(caseId, new NewFollowUp(FollowUpKind.OTHER,
                clock.instant().plus(Duration.ofHours(1)), null, null, null, null)));
        Long ines = support.userId("ines");
        support.as("lotte", () -> assertThatThrownBy(() -> followUps.schedule(caseId, new NewFollowUp(FollowUpKind.OTHER,
                clock.instant().plus(Duration.ofHours(1)), support.userId("karim"), null, null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("assignee")));
        support.as("lotte", () -> assertThatThrownBy(() -> followUps.myWork(FollowUpWhen.TEAM_OVERDUE, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class));

        support.as("ines", () -> {
            assertThatThrownBy(() -> followUps.forCase(caseId, PageRequest.of(0, 10)))
                    .isInstanceOf(CaseNotAccessibleException.class);
            assertThatThrownBy(() -> followUps.complete(id, version(id), "Niet van mij"))
                    .isInstanceOf(CaseNotAccessibleException.class);
            assertThat(followUps.myWork(FollowUpWhen.TODAY, PageRequest.of(0, 500)).getContent())
                    .extracting(FollowUpView::id).doesNotContain(id);
        });
        assertThat(support.count("select count(*) from audit_event where object_type = 'CASE' and object_id = ?"
                + " and action = 'ACCESS_DENIED' and actor = 'ines'", String.valueOf(caseId))).isGreaterThanOrEqualTo(2);

        clock.advance(Duration.ofHours(2));
        support.as("sofie", () -> {
            assertThat(followUps.myWork(FollowUpWhen.TEAM_OVERDUE, PageRequest.of(0, 500)).getContent())
                    .extracting(FollowUpView::id).contains(id);
            assertThatThrownBy(() -> followUps.reassign(id, version(id), ines))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("assignee"));
            followUps.reassign(id, version(id), support.userId("karim"));
        });
        support.as("karim", () -> assertThat(followUps.myWork(FollowUpWhen.OVERDUE, PageRequest.of(0, 500)).getContent())
                .extracting(FollowUpView::id).contains(id));
        support.as("ines", () -> assertThat(followUps.myWork(FollowUpWhen.OVERDUE, PageRequest.of(0, 500))
                .getContent()).extracting(FollowUpView::id).doesNotContain(id));
        assertThat(support.timelineKeys(caseId)).contains("timeline.followup.reassigned");
    }

    @Test
    void aFollowUpPlannedInThePastIsRefusedNextToItsDueField() {
        Long caseId = support.openCase(cases, "lotte", "Verleden", HarmKind.LEAKED_IMAGES);
        support.as("lotte", () -> assertThatThrownBy(() -> followUps.schedule(caseId, new NewFollowUp(FollowUpKind.OTHER,
                clock.instant().minusSeconds(60), null, null, null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("dueAt");
                    assertThat(e.getMessage()).contains("validation.followup.due-in-past");
                }));
        assertThat(jdbc.queryForObject("select count(*) from follow_up where case_id = ? and source = 'MANUAL'",
                Long.class, caseId)).isZero();
    }

    @Test
    void myWorkGroupsOpenFollowUpsIntoOverdueTodayAndThisWeek() {
        clock.set(Instant.parse("2026-06-10T08:00:00Z"));
        Long caseId = support.openCase(cases, "karim", "Groepen", HarmKind.LEAKED_IMAGES);
        support.as("karim", () -> {
            Long late = followUps.schedule(caseId, new NewFollowUp(FollowUpKind.OTHER, clock.instant().plusSeconds(60),
                    null, null, null, null));
            clock.advance(Duration.ofHours(1));
            Long today = followUps.schedule(caseId, new NewFollowUp(FollowUpKind.OTHER,
                    Instant.parse("2026-06-10T20:00:00Z"), null, null, null, null));
            Long week = followUps.schedule(caseId, new NewFollowUp(FollowUpKind.OTHER,
                    Instant.parse("2026-06-14T09:00:00Z"), null, null, null, null));
            Long later = followUps.schedule(caseId, new NewFollowUp(FollowUpKind.OTHER,
                    Instant.parse("2026-06-30T09:00:00Z"), null, null, null, null));
            assertThat(ids(FollowUpWhen.OVERDUE)).contains(late).doesNotContain(today, week, later);
            assertThat(ids(FollowUpWhen.TODAY)).contains(today).doesNotContain(late, week, later);
            assertThat(ids(FollowUpWhen.THIS_WEEK)).contains(week).doesNotContain(late, today, later);
            assertThat(followUps.count(FollowUpWhen.TODAY)).isEqualTo(ids(FollowUpWhen.TODAY).size());
        });
    }

    @Test
    void closingACaseDismissesItsOpenFollowUpsRefusesNewOnesAndReopeningBringsNoneBackNorASecondCallBack() {
        Long caseId = support.openCase(cases, "lotte", "Afgesloten", HarmKind.LEAKED_IMAGES);
        Long police = support.as("lotte", () -> followUps.schedule(caseId, new NewFollowUp(FollowUpKind.POLICE_FOLLOW_UP,
                clock.instant().plus(Duration.ofDays(2)), null, "Pv-nummer", null, null)));
        Long done = support.as("lotte", () -> followUps.schedule(caseId, new NewFollowUp(FollowUpKind.OTHER,
                clock.instant().plus(Duration.ofDays(1)), null, null, null, null)));
        support.as("lotte", () -> followUps.complete(done, version(done), "Geregeld"));

        support.as("lotte", () -> cases.changeStatus(caseId, caseVersion(caseId), CaseStatus.CLOSED, null,
                ClosingReason.RESOLVED));

        var afterClosing = support.as("lotte", () -> followUps.forCase(caseId, PageRequest.of(0, 50)).getContent());
        assertThat(afterClosing).hasSize(3);
        assertThat(afterClosing).filteredOn(f -> !f.id().equals(done)).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(FollowUpStatus.DISMISSED);
            assertThat(f.dismissedWithCase()).isTrue();
        });
        assertThat(afterClosing).filteredOn(f -> f.id().equals(done)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FollowUpStatus.DONE);
            assertThat(f.dismissedWithCase()).isFalse();
        });
        assertThat(support.timelineKeys(caseId)).filteredOn("timeline.followup.dismissed-with-case"::equals).hasSize(2);
        assertThat(support.count("select count(*) from audit_event where object_type = 'FOLLOW_UP' and object_id = ?"
                + " and detail = 'status:DISMISSED,case-closed' and actor = 'lotte'", String.valueOf(police))).isOne();

        support.as("lotte", () -> assertThatThrownBy(() -> followUps.schedule(caseId, new NewFollowUp(FollowUpKind.OTHER,
                clock.instant().plus(Duration.ofDays(1)), null, null, null, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessage()).contains("validation.followup.case-closed")));

        support.as("lotte", () -> cases.changeStatus(caseId, caseVersion(caseId), CaseStatus.REOPENED, null, null));

        var afterReopening = support.as("lotte", () -> followUps.forCase(caseId, PageRequest.of(0, 50)).getContent());
        assertThat(afterReopening).extracting(FollowUpView::id, FollowUpView::status)
                .containsExactlyInAnyOrderElementsOf(afterClosing.stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.id(), f.status())).toList());
        assertThat(support.count("select count(*) from follow_up where case_id = ? and source = 'FIRST_CALL_BACK'",
                caseId)).isOne();
    }

    @Test
    void aDecisionTheInstituteRecordsOnAnEscalatedRequestReachesTheCasesCounsellorNotTheInstitute() {
        Long caseId = support.openCase(cases, "lotte", "Geëscaleerd", HarmKind.LEAKED_IMAGES);
        Long requestId = support.as("lotte", () -> {
            Long id = takedowns.create(caseId, request());
            move(caseId, id, TakedownStatus.SUBMITTED);
            move(caseId, id, TakedownStatus.REFUSED);
            consents.record(caseId, ConsentAction.SHARE_WITH_INSTITUTE, true, ConsentForm.VERBAL);
            move(caseId, id, TakedownStatus.ESCALATED);
            return id;
        });
        // Reassigned meanwhile: the follow-up goes to whoever handles the case now.
        support.as("sofie", () -> cases.reassign(caseId, caseVersion(caseId), support.userId("karim")));
        Instant decided = clock.instant();

        support.as("nadia", () -> escalations.recordOutcome(requestId, takedownVersion(requestId),
                TakedownStatus.REMOVED, "IEFH-12", "Verwijderd na escalatie"));

        var planned = support.as("karim", () -> followUps.forCase(caseId, PageRequest.of(0, 50)).getContent()).stream()
                .filter(f -> f.takedownRequestId() != null && f.assigneeId().equals(support.userId("karim"))).toList();
        assertThat(planned).extracting(FollowUpView::source).containsExactlyInAnyOrder(
                FollowUpRules.INSTITUTE_DECISION, FollowUpRules.REAPPEARANCE_7_DAYS, FollowUpRules.REAPPEARANCE_30_DAYS);
        assertThat(planned).filteredOn(f -> f.source().equals(FollowUpRules.INSTITUTE_DECISION)).singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FollowUpKind.CHECK_PLATFORM_ANSWER);
                    assertThat(f.dueAt()).isEqualTo(decided);
                });
        clock.advance(Duration.ofMinutes(1));
        assertThat(support.as("karim", () -> followUps.myWork(FollowUpWhen.OVERDUE, PageRequest.of(0, 500))
                .getContent())).extracting(FollowUpView::takedownRequestId).contains(requestId);
        assertThat(support.count("select count(*) from follow_up where assignee_id = ?", support.userId("nadia")))
                .isZero();
        assertThat(support.count("select count(*) from audit_event where actor = 'nadia' and action = 'ACCESS_DENIED'"
                + " and object_type = 'CASE' and object_id = ?", String.valueOf(caseId))).isZero();
        assertThat(support.timelineKeys(caseId)).contains("timeline.followup.scheduled-auto");
    }

    private long caseVersion(Long caseId) {
        return jdbc.queryForObject("select version from case_file where id = ?", Long.class, caseId);
    }

    private long takedownVersion(Long requestId) {
        return jdbc.queryForObject("select version from takedown_request where id = ?", Long.class, requestId);
    }

    private List<Long> ids(FollowUpWhen when) {
        return followUps.myWork(when, PageRequest.of(0, 500)).getContent().stream().map(FollowUpView::id).toList();
    }

    private List<FollowUpView> platformChecks(String username, FollowUpWhen when, Long caseId) {
        return support.as(username, () -> followUps.myWork(when, PageRequest.of(0, 500)).getContent()).stream()
                .filter(f -> f.caseId().equals(caseId) && f.kind() == FollowUpKind.CHECK_PLATFORM_ANSWER).toList();
    }

    private List<FollowUpView> reappearanceChecks(Long caseId) {
        return support.as("lotte", () -> followUps.myWork(FollowUpWhen.OVERDUE, PageRequest.of(0, 500)).getContent())
                .stream().filter(f -> f.caseId().equals(caseId) && f.kind() == FollowUpKind.CHECK_REAPPEARANCE).toList();
    }

    private long version(Long followUpId) {
        return jdbc.queryForObject("select version from follow_up where id = ?", Long.class, followUpId);
    }

    private NewTakedown request() {
        Long platform = jdbc.queryForObject("select id from platform where code = 'REDDIT'", Long.class);
        return new NewTakedown(platform, ReportRoute.WEB_FORM, OnBehalfOf.HELPLINE,
                List.of(new TakedownItem(ItemKind.URL, "https://www.reddit.com/r/x/comments/abc/")), "Beeld", false);
    }

    private NewTakedown courtOrder() {
        Long platform = jdbc.queryForObject("select id from platform where code = 'OTHER_HOST'", Long.class);
        return new NewTakedown(platform, ReportRoute.COURT_ORDER, OnBehalfOf.HELPLINE,
                List.of(new TakedownItem(ItemKind.URL, "https://host.example.org/beeld/123")), "Beeld", true);
    }

    private void move(Long caseId, Long id, TakedownStatus target) {
        long version = jdbc.queryForObject("select version from takedown_request where id = ?", Long.class, id);
        takedowns.changeStatus(caseId, id, version, target, null, null);
    }

    private ContactEntry contact(Instant deadline) {
        return new ContactEntry(clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES),
                Platform.INSTAGRAM, null, Set.of(Demand.MONEY), new BigDecimal("300"), "EUR", deadline,
                "Dreigt beelden te delen", false, null, null, null, Set.of());
    }

    /** The real time, to the microsecond PostgreSQL keeps. */
    static final class Clock0 {
        static Instant now() {
            return java.time.Clock.systemUTC().instant().truncatedTo(ChronoUnit.MICROS);
        }
    }
}
