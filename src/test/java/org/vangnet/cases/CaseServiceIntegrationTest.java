package org.vangnet.cases;

import org.vangnet.testsupport.WithRecentSecondFactor;
import org.vangnet.security.StepUpRequiredException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vangnet.cases.CaseTestSupport.client;
import static org.vangnet.cases.CaseTestSupport.email;
import static org.vangnet.cases.CaseTestSupport.newCase;
import static org.vangnet.cases.CaseTestSupport.phone;
import static org.vangnet.cases.CaseTestSupport.randomMobile;
import static org.vangnet.cases.CaseTestSupport.token;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.security.UserDirectory;
import org.vangnet.base.time.HelplineZone;

@SpringBootTest
class CaseServiceIntegrationTest {

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;
    @Autowired
    CaseService cases;
    @Autowired
    CaseQueries queries;
    @Autowired
    NoteService notes;
    @Autowired
    ConsentService consents;
    @Autowired
    ReferralService referrals;
    @Autowired
    PoliceComplaintService complaints;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;
    @Autowired
    UserDirectory directory;

    CaseTestSupport support;

    @BeforeEach
    void setUp() {
        support = new CaseTestSupport(userDetails, jdbc, securityContextStrategy);
    }

    // --- opening a case --------------------------------------------------------------------------

    @Test
    @WithUserDetails("lotte")
    void openingACaseForAnAnonymousSixteenYearOldGivesAReferenceHighPriorityAndAnAuditedTimeline() {
        Long id = cases.open(newCase(client("Anoniem", 16, null)));

        var details = queries.get(id);
        assertThat(details.reference()).matches("VN-\\d{4}-\\d{6}");
        assertThat(details.status()).isEqualTo(CaseStatus.NEW);
        assertThat(details.priority()).isEqualTo(Priority.HIGH);
        assertThat(details.minorInvolved()).isTrue();
        assertThat(details.filesAllowed()).isFalse();
        assertThat(details.counsellorId()).isEqualTo(support.userId("lotte"));
        assertThat(details.counsellorName()).isEqualTo("Lotte Peeters");
        assertThat(details.teamName()).isEqualTo("Team Gent");
        assertThat(details.client().alias()).isEqualTo("Anoniem");

        assertThat(timeline(id)).anySatisfy(entry -> {
            assertThat(entry.type()).isEqualTo("OPENED");
            assertThat(entry.messageKey()).isEqualTo("timeline.case.opened");
            assertThat(entry.arguments()).containsExactly(details.reference(), "t:case.channel.CHAT");
            assertThat(entry.actor()).isEqualTo("lotte");
            assertThat(entry.actorName()).isEqualTo("Lotte Peeters");
        });
        assertThat(support.audit("CREATE", "CASE", id, "lotte")).isEqualTo(1);
    }

    @Test
    @WithUserDetails("lotte")
    void referencesAreUniqueAndIncreaseWithinTheYear() {
        List<String> references = List.of(
                queries.get(cases.open(newCase(client("Eerste", 30, 29)))).reference(),
                queries.get(cases.open(newCase(client("Tweede", 30, 29)))).reference(),
                queries.get(cases.open(newCase(client("Derde", 30, 29)))).reference());

        assertThat(references).doesNotHaveDuplicates();
        assertThat(references).extracting(r -> r.substring(0, 8)).containsOnly(references.getFirst().substring(0, 8));
        assertThat(references).extracting(r -> Integer.parseInt(r.substring(8))).isSorted();
    }

    @Test
    @WithUserDetails("nadia")
    void instituteStaffMayNotOpenOrReadCases() {
        assertThatThrownBy(() -> cases.open(newCase(client("Anoniem", 30, 30))))
                .isInstanceOf(AccessDeniedException.class);
        Long id = support.as("lotte", () -> cases.open(newCase(client("Anoniem", 30, 30))));
        assertThatThrownBy(() -> queries.get(id)).isInstanceOf(AccessDeniedException.class);
    }

    // --- scope -----------------------------------------------------------------------------------

    @Test
    @WithUserDetails("lotte")
    void aColleagueOfTheSameTeamCannotOpenACaseNotSharedWithThemAndTheRefusalIsAudited() {
        Long id = cases.open(newCase(client("Nog niet gedeeld", 16, null)));

        support.as("karim", () -> assertThatThrownBy(() -> queries.get(id))
                .isInstanceOf(CaseNotAccessibleException.class));

        // The refused call's transaction rolled back; the refusal was written in a transaction of its own.
        assertThat(jdbc.queryForList("""
                select actor, actor_role, outcome, detail from audit_event
                where action = 'ACCESS_DENIED' and object_type = 'CASE' and object_id = ?""", id.toString()))
                .containsExactly(Map.of("actor", "karim", "actor_role", "COUNSELLOR", "outcome", "DENIED",
                        "detail", "out-of-scope"));
        assertThat(support.audit("READ", "CASE", id, "karim")).isZero();
    }

    @Test
    @WithUserDetails("lotte")
    void theRefusalStaysInTheAuditTrailEvenWhenTheCallersTransactionRollsBack() {
        Long id = cases.open(newCase(client("Binnen transactie", 25, 24)));

        support.as("karim", () -> transaction.executeWithoutResult(status -> {
            assertThatThrownBy(() -> queries.get(id)).isInstanceOf(CaseNotAccessibleException.class);
            status.setRollbackOnly();
        }));

        assertThat(support.audit("ACCESS_DENIED", "CASE", id, "karim")).isEqualTo(1);
    }

    @Test
    @WithUserDetails("ines")
    void aCounsellorOfAnotherTeamCannotOpenTheCaseAndTheRefusalIsAudited() {
        Long id = support.as("lotte", () -> cases.open(newCase(client("Andere ploeg", 16, null))));

        assertThatThrownBy(() -> queries.get(id)).isInstanceOf(CaseNotAccessibleException.class);
        assertThatThrownBy(() -> queries.timeline(id, PageRequest.of(0, 10)))
                .isInstanceOf(CaseNotAccessibleException.class);
        assertThatThrownBy(() -> notes.addNote(id, "Mag niet")).isInstanceOf(CaseNotAccessibleException.class);

        assertThat(support.audit("ACCESS_DENIED", "CASE", id, "ines")).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from case_timeline_entry where case_id = ? and body is not null",
                Long.class, id)).isZero();
    }

    @Test
    @WithUserDetails("karim")
    void aCaseThatDoesNotExistReadsTheSameAsOneOutOfScope() {
        assertThatThrownBy(() -> queries.get(Long.MAX_VALUE)).isInstanceOf(CaseNotAccessibleException.class)
                .hasMessage("case.not-accessible");
        assertThat(support.audit("ACCESS_DENIED", "CASE", Long.MAX_VALUE, "karim")).isEqualTo(1);
    }

    @Test
    @WithUserDetails("sofie")
    void theSupervisorOfTheTeamMayReadEveryCaseOfTheTeam() {
        Long id = support.as("lotte", () -> cases.open(newCase(client("Voor de teamleider", 16, null))));

        assertThat(queries.get(id).id()).isEqualTo(id);
        assertThat(support.audit("READ", "CASE", id, "sofie")).isEqualTo(1);
    }

    @Test
    @WithUserDetails("lotte")
    void sharingACaseLetsATeamColleagueReadItButNotSomeoneOfAnotherTeam() {
        Long id = cases.open(newCase(client("Gedeeld", 25, 24)));
        Long karim = support.userId("karim");

        cases.shareWith(id, karim);
        cases.shareWith(id, karim);

        assertThat(support.as("karim", () -> queries.get(id)).id()).isEqualTo(id);
        assertThat(support.as("karim", () -> queries.find(filterText(queries.get(id).reference()),
                PageRequest.of(0, 10)).getContent())).extracting(CaseListItem::id).containsExactly(id);
        assertThat(timeline(id)).filteredOn(e -> e.type().equals("SHARED")).singleElement()
                .satisfies(e -> assertThat(e.arguments()).containsExactly("Karim El Idrissi"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'UPDATE' and object_id = ? "
                + "and detail = ?", Long.class, id.toString(), "shared:" + karim)).isEqualTo(1);

        assertThatThrownBy(() -> cases.shareWith(id, support.userId("ines")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("colleague");
                    assertThat(e.messageKey()).isEqualTo("validation.case.assignee-not-in-team");
                });
        assertThatThrownBy(() -> support.as("ines", () -> queries.get(id)))
                .isInstanceOf(CaseNotAccessibleException.class);
    }

    /**
     * The shared half of a colleague's list is found on the share's own copy of the case's columns
     * (V032_1, decision 054): what the case is now, after every change, decides whether and where it
     * is listed, never what it was when it was shared.
     */
    @Test
    @WithUserDetails("lotte")
    void aSharedCaseIsListedForTheColleagueByWhatItIsNowNotByWhatItWasWhenShared() {
        String prefix = "Volgt " + System.nanoTime();
        Long id = cases.open(newCase(client(prefix + " Aaa", 25, 24), HarmKind.LEAKED_IMAGES));
        Long karim = support.userId("karim");
        cases.shareWith(id, karim);
        var sharedOpen = new CaseFilter(Set.of(CaseStatus.NEW), HarmKind.LEAKED_IMAGES, null, null, null, null,
                null, prefix);
        assertThat(support.as("karim", () -> ids(sharedOpen))).containsExactly(id);

        long version = queries.get(id).version();
        cases.edit(id, version, client(prefix + " Zzz", 25, 24), Set.of(HarmKind.SEXTORTION), "Afpersing");
        cases.changeStatus(id, queries.get(id).version(), CaseStatus.ACTIVE, null, null);

        assertThat(jdbc.queryForMap("select status, client_alias, harm_mask from case_share where case_id = ?", id))
                .containsEntry("status", "ACTIVE").containsEntry("client_alias", prefix + " Zzz")
                .containsEntry("harm_mask", HarmKind.SEXTORTION.bit());
        assertThat(support.as("karim", () -> ids(sharedOpen))).isEmpty();
        assertThat(support.as("karim", () -> queries.count(sharedOpen))).isZero();
        var sharedNow = new CaseFilter(Set.of(CaseStatus.ACTIVE), HarmKind.SEXTORTION, null, null, null, null,
                null, prefix + " z");
        assertThat(support.as("karim", () -> ids(sharedNow))).containsExactly(id);
        assertThat(support.as("karim", () -> queries.count(sharedNow))).isEqualTo(1);
        // Sorted by alias, the shared case stands where its new alias puts it.
        Long other = support.as("karim", () -> cases.open(newCase(client(prefix + " Mmm", 30, 29))));
        assertThat(support.as("karim", () -> queries.find(filterText(prefix), PageRequest.of(0, 10, Sort.by("alias")))
                .getContent())).extracting(CaseListItem::id).containsExactly(other, id);
    }

    @Test
    @WithUserDetails("sofie")
    void theSupervisorReassignsACaseWithinTheTeamButNotToSomeoneOfAnotherTeam() {
        Long id = support.as("lotte", () -> cases.open(newCase(client("Over te dragen", 25, 24))));
        Long karim = support.userId("karim");

        cases.reassign(id, support.version(id), karim);

        var details = queries.get(id);
        assertThat(details.counsellorId()).isEqualTo(karim);
        assertThat(details.counsellorName()).isEqualTo("Karim El Idrissi");
        assertThat(support.as("karim", () -> queries.get(id)).id()).isEqualTo(id);
        // Own cases and shared ones: once handed over (and not shared) the case leaves Lotte's scope.
        assertThatThrownBy(() -> support.as("lotte", () -> queries.get(id)))
                .isInstanceOf(CaseNotAccessibleException.class);
        assertThat(timeline(id)).filteredOn(e -> e.type().equals("ASSIGNED")).singleElement()
                .satisfies(e -> assertThat(e.arguments()).containsExactly("Karim El Idrissi"));

        long version = support.version(id);
        assertThatThrownBy(() -> cases.reassign(id, version, support.userId("ines")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("counsellor");
                    assertThat(e.messageKey()).isEqualTo("validation.case.assignee-not-in-team");
                });
        assertThatThrownBy(() -> cases.reassign(id, version, support.userId("nadia")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("counsellor"));
        assertThat(queries.get(id).counsellorId()).isEqualTo(karim);
    }

    @Test
    @WithUserDetails("sofie")
    void bulkReassignmentNeedsARecentSecondFactor() {
        Long caseId = support.as("lotte", () -> cases.open(newCase(client("Bulk stap", 25, 24))));

        assertThatThrownBy(() -> cases.reassignAll(Map.of(caseId, support.version(caseId)), support.userId("karim")))
                .isInstanceOf(StepUpRequiredException.class);

        assertThat(jdbc.queryForObject("select counsellor_id from case_file where id = ?", Long.class, caseId))
                .isEqualTo(support.userId("lotte"));
    }

    @Test
    @WithRecentSecondFactor("sofie")
    void theSupervisorReassignsSeveralCasesAtOnceAndACaseChangedMeanwhileIsLeftAlone() {
        Long first = support.as("lotte", () -> cases.open(newCase(client("Bulk een", 25, 24))));
        Long second = support.as("lotte", () -> cases.open(newCase(client("Bulk twee", 25, 24))));
        Long changed = support.as("lotte", () -> cases.open(newCase(client("Bulk drie", 25, 24))));
        Map<Long, Long> shown = Map.of(first, support.version(first), second, support.version(second), changed,
                support.version(changed));
        // After the list was shown, Lotte takes a step on the third case.
        support.as("lotte", () -> {
            cases.changeStatus(changed, support.version(changed), CaseStatus.ACTIVE, null, null);
            return null;
        });
        Long karim = support.userId("karim");

        BulkReassignment result = cases.reassignAll(shown, karim);

        assertThat(result.reassigned()).containsExactlyInAnyOrder(queries.get(first).reference(),
                queries.get(second).reference());
        assertThat(result.changedMeanwhile()).containsExactly(queries.get(changed).reference());
        assertThat(queries.get(first).counsellorId()).isEqualTo(karim);
        assertThat(queries.get(second).counsellorId()).isEqualTo(karim);
        assertThat(queries.get(changed).counsellorId()).isEqualTo(support.userId("lotte"));
        assertThat(timeline(first)).filteredOn(e -> e.type().equals("ASSIGNED")).singleElement()
                .satisfies(e -> assertThat(e.arguments()).containsExactly("Karim El Idrissi"));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where actor = 'sofie' and action = 'UPDATE' and object_type = 'CASE'
                  and detail = ? and object_id in (?, ?, ?)""", Long.class, "assigned:" + karim, first.toString(),
                second.toString(), changed.toString())).isEqualTo(2);

        // To someone outside the team: nothing changes at all.
        Map<Long, Long> again = Map.of(first, support.version(first), second, support.version(second));
        assertThatThrownBy(() -> cases.reassignAll(again, support.userId("ines")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("counsellor"));
        assertThat(queries.get(first).counsellorId()).isEqualTo(karim);
        assertThatThrownBy(() -> cases.reassignAll(Map.of(), karim))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("cases"));
        assertThatThrownBy(() -> support.as("lotte", () -> cases.reassignAll(again, karim)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("sofie")
    void aClosingByACounsellorWaitsForTheSupervisorsApprovalAndReopeningClearsIt() {
        Long id = support.as("lotte", () -> cases.open(newCase(client("Goed te keuren", 25, 24))));
        support.as("lotte", () -> cases.changeStatus(id, support.version(id), CaseStatus.CLOSED, null,
                ClosingReason.RESOLVED));

        assertThat(queries.get(id).closingAwaitsApproval()).isTrue();
        var pending = new CaseFilter(Set.of(), null, null, null, null, null, null, null, true);
        assertThat(queries.find(pending, PageRequest.of(0, 500)).getContent()).extracting(CaseListItem::id).contains(id);
        long pendingCount = queries.count(pending);
        assertThat(pendingCount).isEqualTo(jdbc.queryForObject("""
                select count(*) from case_file where team_id = ? and status = 'CLOSED' and closing_approved_at is null
                  and pseudonymised_at is null""", Long.class, support.teamId("Team Gent")));
        assertThatThrownBy(() -> support.as("lotte", () -> cases.approveClosing(id, support.version(id))))
                .isInstanceOf(AccessDeniedException.class);

        cases.approveClosing(id, support.version(id));

        assertThat(queries.get(id).closingAwaitsApproval()).isFalse();
        assertThat(queries.count(pending)).isEqualTo(pendingCount - 1);
        assertThat(timeline(id)).extracting(e -> e.messageKey()).contains("timeline.case.closing-approved");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where actor = 'sofie' and object_type = 'CASE' and object_id = ?
                  and detail = 'closing-approved'""", Long.class, id.toString())).isEqualTo(1);
        long version = support.version(id);
        assertThatThrownBy(() -> cases.approveClosing(id, version)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.case.closing-already-approved"));

        cases.changeStatus(id, support.version(id), CaseStatus.REOPENED, null, null);
        assertThat(queries.get(id).closingAwaitsApproval()).isFalse();
        long reopened = support.version(id);
        assertThatThrownBy(() -> cases.approveClosing(id, reopened)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.case.approve-not-closed"));
        // Closed again by the supervisor: approved at once.
        cases.changeStatus(id, support.version(id), CaseStatus.CLOSED, null, ClosingReason.RESOLVED);
        assertThat(queries.get(id).closingAwaitsApproval()).isFalse();
        assertThat(jdbc.queryForObject("select closing_approved_by from case_file where id = ?", String.class, id))
                .isEqualTo("sofie");
    }

    @Test
    @WithUserDetails("sofie")
    void theColleaguesToAssignACaseToAreTheCounsellorsAndSupervisorsOfTheTeam() {
        var members = directory.teamMembers(support.teamId("Team Gent"), "", PageRequest.of(0, 50)).getContent();

        assertThat(members).extracting(UserDirectory.Colleague::displayName)
                .contains("Lotte Peeters", "Karim El Idrissi", "Sofie Janssens").doesNotContain("Inès Dubois");
        assertThat(directory.teamMembers(support.teamId("Team Gent"), "kar", PageRequest.of(0, 50)).getContent())
                .extracting(UserDirectory.Colleague::displayName).containsExactly("Karim El Idrissi");
    }

    @Test
    @WithUserDetails("lotte")
    void aCounsellorMayNotReassign() {
        Long id = cases.open(newCase(client("Niet herverdelen", 25, 24)));

        assertThatThrownBy(() -> cases.reassign(id, support.version(id), support.userId("karim")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(queries.get(id).counsellorId()).isEqualTo(support.userId("lotte"));
    }

    @Test
    @WithUserDetails("lotte")
    void everyReadOfACaseFileIsAudited() {
        Long id = cases.open(newCase(client("Gelezen", 25, 24)));

        queries.get(id);
        queries.get(id);

        assertThat(support.audit("READ", "CASE", id, "lotte")).isEqualTo(2);
    }

    // --- status ----------------------------------------------------------------------------------

    @Test
    @WithUserDetails("lotte")
    void aCaseGoesFromNewThroughActiveWaitingAndClosedToReopenedEachStepOnTheTimeline() {
        Long id = cases.open(newCase(client("Levensloop", 25, 24)));

        cases.changeStatus(id, support.version(id), CaseStatus.ACTIVE, null, null);
        cases.changeStatus(id, support.version(id), CaseStatus.WAITING, WaitingOn.CLIENT, null);
        assertThat(queries.get(id).waitingOn()).isEqualTo(WaitingOn.CLIENT);
        cases.changeStatus(id, support.version(id), CaseStatus.CLOSED, null, ClosingReason.RESOLVED);

        var closed = queries.get(id);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closingReason()).isEqualTo(ClosingReason.RESOLVED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.waitingOn()).isNull();

        cases.changeStatus(id, support.version(id), CaseStatus.REOPENED, null, null);

        var reopened = queries.get(id);
        assertThat(reopened.status()).isEqualTo(CaseStatus.REOPENED);
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.closingReason()).isNull();
        assertThat(timeline(id).reversed()).filteredOn(e -> e.type().equals("STATUS"))
                .extracting(TimelineItem::arguments)
                .containsExactly(List.of("t:case.status.NEW", "t:case.status.ACTIVE"),
                        List.of("t:case.status.ACTIVE", "t:case.waiting.CLIENT"),
                        List.of("t:case.status.WAITING", "t:case.closing.RESOLVED"),
                        List.of("t:case.status.CLOSED", "t:case.status.REOPENED"));
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'UPDATE' and object_type = 'CASE' "
                + "and object_id = ? order by id", String.class, id.toString()))
                .containsExactly("status:ACTIVE", "status:WAITING", "status:CLOSED", "status:REOPENED");
    }

    @Test
    @WithUserDetails("lotte")
    void aTransitionTheProcessDoesNotAllowIsRefusedAndChangesNothing() {
        Long id = cases.open(newCase(client("Te snel", 25, 24)));
        long version = support.version(id);

        assertThatThrownBy(() -> cases.changeStatus(id, version, CaseStatus.WAITING, WaitingOn.PLATFORM, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.case.transition"));

        assertThat(queries.get(id).status()).isEqualTo(CaseStatus.NEW);
        assertThat(support.version(id)).isEqualTo(version);
        assertThat(timeline(id)).noneMatch(e -> e.type().equals("STATUS"));

        cases.changeStatus(id, version, CaseStatus.CLOSED, null, ClosingReason.DUPLICATE);
        assertThatThrownBy(() -> cases.changeStatus(id, support.version(id), CaseStatus.ACTIVE, null, null))
                .as("a closed case must be reopened first")
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.case.transition"));
    }

    @Test
    @WithUserDetails("lotte")
    void aChangeBasedOnAStaleVersionIsRefusedAndNothingChanges() {
        Long id = cases.open(newCase(client("Gelijktijdig", 25, 24)));
        long loaded = support.version(id);
        cases.changeStatus(id, loaded, CaseStatus.ACTIVE, null, null);
        long current = support.version(id);
        assertThat(current).isGreaterThan(loaded);

        assertThatThrownBy(() -> cases.changeStatus(id, loaded, CaseStatus.CLOSED, null, ClosingReason.RESOLVED))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> cases.edit(id, loaded, client("Overschreven", 25, 24), Set.of(HarmKind.LEAKED_IMAGES), null))
                .isInstanceOf(ConcurrentChangeException.class);

        var details = queries.get(id);
        assertThat(details.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(details.client().alias()).isEqualTo("Gelijktijdig");
        assertThat(support.version(id)).isEqualTo(current);
        assertThat(timeline(id)).filteredOn(e -> e.type().equals("STATUS")).hasSize(1);
        assertThat(timeline(id)).noneMatch(e -> e.type().equals("CLIENT"));
    }

    @Test
    @WithUserDetails("lotte")
    void aNoteOnTheTimelineDoesNotMakeAColleaguesEditOfTheCaseFailAsAConflict() {
        Long id = cases.open(newCase(client("Notitie tussendoor", 25, 24)));
        long loaded = support.version(id);
        var before = queries.get(id).lastActivityAt();

        notes.addNote(id, "Cliënte belde terug.");

        assertThat(support.version(id)).isEqualTo(loaded);
        assertThat(queries.get(id).lastActivityAt()).isAfterOrEqualTo(before);
        cases.edit(id, loaded, client("Notitie tussendoor, bijgewerkt", 25, 24), Set.of(HarmKind.LEAKED_IMAGES), null);
        assertThat(queries.get(id).client().alias()).isEqualTo("Notitie tussendoor, bijgewerkt");
        assertThat(support.version(id)).isGreaterThan(loaded);
    }

    @Test
    @WithUserDetails("lotte")
    void updatingTheClientToAMinorFlagsTheCaseOnTheTimelineAndRaisesThePriority() {
        Long id = cases.open(newCase(client("Leeftijd later bekend", 25, null)));
        assertThat(queries.get(id).priority()).isEqualTo(Priority.NORMAL);

        cases.edit(id, support.version(id), client("Leeftijd later bekend", 25, 16), Set.of(HarmKind.LEAKED_IMAGES), null);

        var details = queries.get(id);
        assertThat(details.minorInvolved()).isTrue();
        assertThat(details.priority()).isEqualTo(Priority.HIGH);
        assertThat(timeline(id)).extracting(TimelineItem::messageKey)
                .contains("timeline.case.client-updated", "timeline.case.minor-flagged");
    }

    // --- consent and open items ------------------------------------------------------------------

    @Test
    @WithUserDetails("lotte")
    void anActionOnTheClientsBehalfNeedsTheirConsentUntilTheyWithdrawIt() {
        Long id = cases.open(newCase(client("Toestemming", 25, 24)));

        assertThatThrownBy(() -> consents.require(id, ConsentAction.CONTACT_SPREADER))
                .isInstanceOfSatisfying(ConsentMissingException.class, e -> {
                    assertThat(e.action()).isEqualTo(ConsentAction.CONTACT_SPREADER);
                    assertThat(e.messageKey()).isEqualTo("validation.consent.missing.CONTACT_SPREADER");
                });

        consents.record(id, ConsentAction.CONTACT_SPREADER, true, ConsentForm.VERBAL);

        assertThatCode(() -> consents.require(id, ConsentAction.CONTACT_SPREADER)).doesNotThrowAnyException();
        assertThatThrownBy(() -> consents.require(id, ConsentAction.SHARE_WITH_INSTITUTE))
                .as("consent is given per kind of action")
                .isInstanceOfSatisfying(ConsentMissingException.class,
                        e -> assertThat(e.action()).isEqualTo(ConsentAction.SHARE_WITH_INSTITUTE));

        consents.record(id, ConsentAction.CONTACT_SPREADER, false, ConsentForm.WRITTEN);

        assertThatThrownBy(() -> consents.require(id, ConsentAction.CONTACT_SPREADER))
                .isInstanceOf(ConsentMissingException.class);
        assertThat(consents.current(id).get(ConsentAction.CONTACT_SPREADER)).satisfies(state -> {
            assertThat(state.given()).isFalse();
            assertThat(state.how()).isEqualTo(ConsentForm.WRITTEN);
            assertThat(state.recordedBy()).isEqualTo("lotte");
        });
        assertThat(jdbc.queryForObject("select count(*) from case_consent where case_id = ?", Long.class, id))
                .as("consent is a history").isEqualTo(2);
        assertThat(timeline(id)).extracting(TimelineItem::messageKey)
                .contains("timeline.consent.given", "timeline.consent.withdrawn");
    }

    @Test
    @WithUserDetails("lotte")
    void anOpenReferralAndAWantedComplaintNotYetFiledAreOpenItemsUntilAnsweredAndFiled() {
        Long id = cases.open(newCase(client("Open punten", 16, null)));
        LocalDate today = LocalDate.now(clock.withZone(HelplineZone.ZONE));
        assertThat(queries.openItems(id)).isEmpty();

        Long referral = referrals.refer(id, Partner.CHILD_FOCUS, null, ReferralStatus.MADE, today);
        referrals.refer(id, Partner.AWEL, null, ReferralStatus.DECLINED, today);
        complaints.save(id, new PoliceComplaintView(PoliceComplaintView.NONE.version(), ComplaintWish.WANTED, null,
                null, null, null, null));

        assertThat(queries.openItems(id))
                .containsExactlyInAnyOrder("case.open-item.referral", "case.open-item.complaint");

        long referralVersion = referrals.list(id).stream().filter(r -> r.id().equals(referral)).findFirst()
                .orElseThrow().version();
        referrals.changeStatus(id, referral, referralVersion, ReferralStatus.ACCEPTED, today);
        var complaint = complaints.get(id);
        complaints.save(id, new PoliceComplaintView(complaint.version(), ComplaintWish.WANTED, today, "Gent",
                "GE.12.L5.001234/26", null, null));

        assertThat(queries.openItems(id)).isEmpty();
        assertThat(complaints.get(id).filedOn()).isEqualTo(today);
    }

    @Test
    @WithUserDetails("lotte")
    void aggravatingCircumstancesAreNotedOnAWantedComplaintWithTheirTimelineLineAndAuditDetail() {
        Long id = cases.open(newCase(client("Verzwarend", 22, 21)));
        var both = Set.of(AggravatingCircumstance.GENDER_BASED_HATRED, AggravatingCircumstance.MALICIOUS_INTENT_OR_PROFIT);

        // Noted for the police: refused while the client does not want to go, and nothing is stored.
        assertThatThrownBy(() -> complaints.save(id, new PoliceComplaintView(PoliceComplaintView.NONE.version(),
                ComplaintWish.NOT_WANTED, null, null, null, null, null, both)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("aggravating");
                    assertThat(e.messageKey()).isEqualTo("validation.complaint.aggravating-not-wanted");
                });
        assertThat(complaints.get(id)).isEqualTo(PoliceComplaintView.NONE);

        complaints.save(id, new PoliceComplaintView(PoliceComplaintView.NONE.version(), ComplaintWish.WANTED, null,
                null, null, null, "Berichten van de dader over vrouwen", both));
        var saved = complaints.get(id);
        assertThat(saved.aggravating()).containsExactlyInAnyOrderElementsOf(both);

        // A colleague's form loaded before the change cannot overwrite it.
        assertThatThrownBy(() -> complaints.save(id, new PoliceComplaintView(PoliceComplaintView.NONE.version(),
                ComplaintWish.WANTED, null, null, null, null, null, Set.of())))
                .isInstanceOf(ConcurrentChangeException.class);

        complaints.save(id, new PoliceComplaintView(saved.version(), ComplaintWish.WANTED, null, null, null, null,
                null, Set.of(AggravatingCircumstance.MALICIOUS_INTENT_OR_PROFIT)));
        assertThat(complaints.get(id).aggravating()).containsExactly(AggravatingCircumstance.MALICIOUS_INTENT_OR_PROFIT);

        assertThat(timeline(id)).filteredOn(e -> "POLICE".equals(e.type())).extracting(TimelineItem::messageKey)
                .containsExactlyInAnyOrder("timeline.police.updated-aggravating-both",
                        "timeline.police.updated-aggravating");
        assertThat(timeline(id)).filteredOn(e -> "timeline.police.updated-aggravating-both".equals(e.messageKey()))
                .singleElement().extracting(TimelineItem::arguments).isEqualTo(List.of("t:complaint.wish.WANTED",
                        "t:complaint.aggravating.MALICIOUS_INTENT_OR_PROFIT",
                        "t:complaint.aggravating.GENDER_BASED_HATRED"));
        assertThat(jdbc.queryForList("select detail from audit_event where object_type = 'CASE_POLICE' "
                + "and case_id = ? and action = 'UPDATE' order by id", String.class, id))
                .containsExactly("wish:WANTED,aggravating:MALICIOUS_INTENT_OR_PROFIT+GENDER_BASED_HATRED",
                        "wish:WANTED,aggravating:MALICIOUS_INTENT_OR_PROFIT");
    }

    // --- notes -----------------------------------------------------------------------------------

    @Test
    @WithUserDetails("lotte")
    void aNoteIsCorrectedByANewEntryAndTheDatabaseRefusesToChangeTheOriginal() {
        Long id = cases.open(newCase(client("Notities", 25, 24)));
        Long note = notes.addNote(id, "  Cliënt betaalde 200 euro via Bancontact.  ");

        Long correction = notes.correctNote(id, note, "Correctie: het was 250 euro.");

        var entries = timeline(id);
        assertThat(entries).filteredOn(e -> e.id().equals(correction)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CORRECTION");
            assertThat(e.correctsId()).isEqualTo(note);
            assertThat(e.body()).isEqualTo("Correctie: het was 250 euro.");
        });
        assertThat(entries).filteredOn(e -> e.id().equals(note)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("NOTE");
            assertThat(e.body()).isEqualTo("Cliënt betaalde 200 euro via Bancontact.");
            assertThat(e.correctedBy()).isEqualTo(correction);
        });

        String stored = jdbc.queryForObject("select body from case_timeline_entry where id = ?", String.class, note);
        assertThatThrownBy(() -> jdbc.update("update case_timeline_entry set body = 'x' where id = ?", note))
                .rootCause().hasMessageContaining("append-only");
        // Stored encrypted (decision 031), and unchanged.
        assertThat(jdbc.queryForObject("select body from case_timeline_entry where id = ?", String.class, note))
                .startsWith("v1:").isEqualTo(stored);
    }

    @Test
    @WithUserDetails("lotte")
    void onlyANoteOfTheSameCaseCanBeCorrected() {
        Long id = cases.open(newCase(client("Correcties", 25, 24)));
        Long other = cases.open(newCase(client("Ander dossier", 25, 24)));
        Long noteOfOther = notes.addNote(other, "Notitie in een ander dossier");
        Long opened = timeline(id).getFirst().id();

        assertThatThrownBy(() -> notes.correctNote(id, noteOfOther, "Fout dossier"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.note.not-a-note"));
        assertThatThrownBy(() -> notes.correctNote(id, opened, "Geen notitie"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.note.not-a-note"));
        assertThatThrownBy(() -> notes.addNote(id, "   "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("note"));
    }

    // --- similar cases ---------------------------------------------------------------------------

    @Test
    @WithUserDetails("lotte")
    void similarCasesAreFoundByAliasPrefixByTheSamePhoneTypedDifferentlyAndByEMailButOnlyWithinScope() {
        String token = token();
        String mobile = randomMobile();
        String e164 = "+32" + mobile.replace(" ", "").substring(1);
        String address = token + "@example.org";
        Long byPhone = cases.open(newCase(client("Sim" + token + " Amber", 19, 18, List.of(phone(mobile)))));
        Long byMail = cases.open(newCase(client("Iemand anders", 22, 21, List.of(email(address)))));

        assertThat(queries.similar("sim" + token.toUpperCase(Locale.ROOT), null, null))
                .singleElement().satisfies(s -> {
                    assertThat(s.id()).isEqualTo(byPhone);
                    assertThat(s.matchedOn()).isEqualTo("alias");
                });
        assertThat(queries.similar(null, "0032 " + e164.substring(3), null))
                .singleElement().satisfies(s -> {
                    assertThat(s.id()).isEqualTo(byPhone);
                    assertThat(s.matchedOn()).isEqualTo("phone");
                });
        assertThat(queries.similar(null, e164, null)).extracting(SimilarCase::id).containsExactly(byPhone);
        assertThat(queries.similar("x", "04", " " + address.toUpperCase(Locale.ROOT) + " "))
                .as("a one-letter alias and half a number are not used").singleElement().satisfies(s -> {
                    assertThat(s.id()).isEqualTo(byMail);
                    assertThat(s.matchedOn()).isEqualTo("email");
                });

        support.as("ines", () -> {
            assertThat(queries.similar("sim" + token, mobile, address)).isEmpty();
        });
        assertThat(support.as("sofie", () -> queries.similar("sim" + token, mobile, address)))
                .extracting(SimilarCase::id).containsExactlyInAnyOrder(byPhone, byMail);
    }

    // --- the case list ---------------------------------------------------------------------------

    @Test
    @WithUserDetails("lotte")
    void theCaseListShowsOnlyCasesInScopeAndEachFilterNarrowsIt() {
        var set = listFixture();
        String prefix = set.prefix();

        assertThat(ids(filterText(prefix))).containsExactly(set.urgent(), set.high(), set.normal());
        assertThat(queries.count(filterText(prefix))).isEqualTo(3);
        assertThat(support.as("sofie", () -> ids(filterText(prefix))))
                .containsExactlyInAnyOrder(set.urgent(), set.high(), set.normal(), set.karims());
        assertThat(support.as("karim", () -> ids(filterText(prefix)))).containsExactly(set.karims());
        assertThat(support.as("ines", () -> ids(filterText(prefix)))).containsExactly(set.ines());
        assertThat(support.as("ines", () -> queries.count(filterText(prefix)))).isEqualTo(1);

        assertThat(ids(filter(Set.of(CaseStatus.ACTIVE), null, null, null, null, prefix)))
                .containsExactly(set.normal());
        assertThat(ids(filter(Set.of(CaseStatus.NEW, CaseStatus.WAITING), null, null, null, null, prefix)))
                .containsExactlyInAnyOrder(set.urgent(), set.high());
        assertThat(ids(filter(Set.of(), HarmKind.SEXTORTION, null, null, null, prefix)))
                .containsExactlyInAnyOrder(set.urgent(), set.high());
        assertThat(ids(filter(Set.of(), HarmKind.DEEPFAKE, null, null, null, prefix))).containsExactly(set.urgent());
        assertThat(queries.count(filter(Set.of(), HarmKind.DEEPFAKE, null, null, null, prefix))).isEqualTo(1);
        assertThat(ids(filter(Set.of(), null, Priority.URGENT, null, null, prefix))).containsExactly(set.urgent());
        assertThat(ids(filter(Set.of(), null, Priority.HIGH, null, null, prefix))).containsExactly(set.high());
        assertThat(ids(filter(Set.of(), null, Priority.NORMAL, null, null, prefix))).containsExactly(set.normal());
    }

    @Test
    @WithUserDetails("sofie")
    void theSupervisorNarrowsTheListToOneCounsellorOrTeam() {
        var set = support.as("lotte", this::listFixture);
        String prefix = set.prefix();

        assertThat(ids(new CaseFilter(Set.of(), null, null, support.userId("karim"), null, null, null, prefix)))
                .containsExactly(set.karims());
        assertThat(ids(new CaseFilter(Set.of(), null, null, support.userId("lotte"), null, null, null, prefix)))
                .containsExactly(set.urgent(), set.high(), set.normal());
        assertThat(ids(new CaseFilter(Set.of(), null, null, null, support.teamId("Team Brussel"), null, null, prefix)))
                .as("a filter never widens the scope").isEmpty();
        assertThat(queries.count(new CaseFilter(Set.of(), null, null, null, support.teamId("Team Gent"), null, null,
                prefix))).isEqualTo(4);
    }

    @Test
    @WithUserDetails("lotte")
    void anAliasStartingWithAnAccentedCapitalIsFoundHoweverItIsTyped() {
        String token = token();
        Long id = cases.open(newCase(client("Élodie " + token, 25, 24)));

        assertThat(ids(filterText("Élodie " + token))).containsExactly(id);
        assertThat(ids(filterText("élodie " + token))).containsExactly(id);
        assertThat(ids(filterText("ÉLODIE " + token.toUpperCase(Locale.ROOT)))).containsExactly(id);
        assertThat(queries.similar("élodie " + token, null, null)).extracting(SimilarCase::id).containsExactly(id);
    }

    @Test
    @WithUserDetails("lotte")
    void theOpenedDatesAreWholeDaysInTheHelplinesTimeZoneBothEndsIncluded() {
        var set = listFixture();
        String prefix = set.prefix();

        // normal: 10 March; high: 12 March 23:30 in Brussels; urgent: 13 March 00:30 in Brussels (12 March in UTC).
        assertThat(ids(filter(Set.of(), null, null, LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 12), prefix)))
                .containsExactly(set.high());
        assertThat(ids(filter(Set.of(), null, null, LocalDate.of(2025, 3, 13), null, prefix)))
                .containsExactly(set.urgent());
        assertThat(ids(filter(Set.of(), null, null, null, LocalDate.of(2025, 3, 10), prefix)))
                .containsExactly(set.normal());
        assertThat(ids(filter(Set.of(), null, null, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10), prefix)))
                .containsExactly(set.normal());
        assertThat(queries.count(filter(Set.of(), null, null, LocalDate.of(2025, 3, 14), null, prefix))).isZero();
    }

    @Test
    @WithUserDetails("lotte")
    void theQuickSearchFindsACaseByItsFullReferenceOrJustItsNumberButOnlyInScope() {
        var set = listFixture();
        String reference = queries.get(set.high()).reference();
        String number = reference.substring(8).replaceFirst("^0+", "");
        String year = reference.substring(3, 7);

        assertThat(ids(filterText(reference))).containsExactly(set.high());
        assertThat(ids(filterText(reference.toLowerCase(Locale.ROOT)))).containsExactly(set.high());
        assertThat(ids(filterText(year + "-" + number))).containsExactly(set.high());
        assertThat(ids(filterText(" " + number + " "))).contains(set.high());
        assertThat(queries.find(filterText(number), PageRequest.of(0, 50)).getContent())
                .allSatisfy(item -> assertThat(item.reference().endsWith("-" + reference.substring(8))
                        || item.alias().startsWith(number)).isTrue());
        assertThat(queries.count(filterText(reference))).isEqualTo(1);

        assertThat(support.as("ines", () -> ids(filterText(reference)))).isEmpty();
        assertThat(support.as("ines", () -> queries.count(filterText(number)))).isZero();
    }

    @Test
    @WithUserDetails("lotte")
    void theAliasSearchTakesWildcardsLiterally() {
        String token = token();
        Long underscore = cases.open(newCase(client("Pct" + token + "_a", 25, 24)));
        cases.open(newCase(client("Pct" + token + "xa", 25, 24)));

        assertThat(ids(filterText("pct" + token + "_"))).containsExactly(underscore);
        assertThat(ids(filterText("pct" + token + "%"))).isEmpty();
        assertThat(ids(filterText("pct" + token))).hasSize(2);
    }

    @Test
    @WithUserDetails("sofie")
    void theListSortsByEveryAllowedPropertyBothWaysWithTheNewestCaseFirstOnTies() {
        var set = support.as("lotte", this::listFixture);
        var filter = filterText(set.prefix());
        Map<String, Comparator<CaseListItem>> properties = Map.of(
                "reference", Comparator.comparing(CaseListItem::reference),
                "alias", Comparator.comparing(i -> i.alias().toLowerCase(Locale.ROOT)),
                "status", Comparator.comparing(i -> i.status().name()),
                "priority", Comparator.comparing(CaseListItem::priority),
                "openedAt", Comparator.comparing(CaseListItem::openedAt),
                "lastActivityAt", Comparator.comparing(CaseListItem::lastActivityAt));
        Comparator<CaseListItem> newestFirst = Comparator.comparing(CaseListItem::id).reversed();

        properties.forEach((property, ascending) -> {
            var up = queries.find(filter, PageRequest.of(0, 10, Sort.by(Sort.Order.asc(property)))).getContent();
            var down = queries.find(filter, PageRequest.of(0, 10, Sort.by(Sort.Order.desc(property)))).getContent();
            assertThat(up).as(property + " ascending").hasSize(4).isSortedAccordingTo(ascending.thenComparing(newestFirst));
            assertThat(down).as(property + " descending").hasSize(4)
                    .isSortedAccordingTo(ascending.reversed().thenComparing(newestFirst));
            assertThat(down).as(property + " differs by direction").isNotEqualTo(up);
        });
    }

    @Test
    @WithUserDetails("lotte")
    void theDefaultOrderIsPriorityThenNewestFirstAndPagesAreSlices() {
        var set = listFixture();
        var filter = filterText(set.prefix());

        var first = queries.find(filter, PageRequest.of(0, 2));
        var second = queries.find(filter, PageRequest.of(1, 2));

        assertThat(first.getContent()).extracting(CaseListItem::id).containsExactly(set.urgent(), set.high());
        assertThat(first.hasNext()).isTrue();
        assertThat(second.getContent()).extracting(CaseListItem::id).containsExactly(set.normal());
        assertThat(second.hasNext()).isFalse();
        assertThat(first.getContent().getFirst()).satisfies(item -> {
            assertThat(item.counsellorName()).isEqualTo("Lotte Peeters");
            assertThat(item.teamName()).isEqualTo("Team Gent");
            assertThat(item.harms()).containsExactlyInAnyOrder(HarmKind.SEXTORTION, HarmKind.DEEPFAKE);
        });
    }

    @Test
    @WithUserDetails("lotte")
    void theHarmMaskFollowsTheHarmsWhoeverWritesThem() {
        for (HarmKind kind : HarmKind.values()) {
            assertThat(jdbc.queryForObject("select harm_bit(?)", Integer.class, kind.name())).as(kind.name())
                    .isEqualTo(kind.bit());
        }
        assertThat(Arrays.stream(HarmKind.values()).mapToInt(HarmKind::bit).reduce(0, (a, b) -> a | b))
                .as("one bit each").isEqualTo((1 << HarmKind.values().length) - 1);
        Long id = cases.open(newCase(client("Msk" + token() + " Amber", 25, 24), HarmKind.SEXTORTION, HarmKind.DEEPFAKE));
        assertThat(mask(id)).isEqualTo(HarmKind.SEXTORTION.bit() | HarmKind.DEEPFAKE.bit());

        cases.edit(id, support.version(id), client("Msk" + token() + " Amber", 25, 24), Set.of(HarmKind.LEAKED_IMAGES), null);
        assertThat(mask(id)).isEqualTo(HarmKind.LEAKED_IMAGES.bit());

        // Another writer than the entity (an import, a repair by hand): the trigger keeps the mask.
        jdbc.update("insert into case_harm (case_id, kind) values (?, 'HACKED_ACCOUNT')", id);
        assertThat(mask(id)).isEqualTo(HarmKind.LEAKED_IMAGES.bit() | HarmKind.HACKED_ACCOUNT.bit());
        jdbc.update("delete from case_harm where case_id = ? and kind = 'LEAKED_IMAGES'", id);
        assertThat(mask(id)).isEqualTo(HarmKind.HACKED_ACCOUNT.bit());
        assertThat(queries.get(id).harms()).containsExactly(HarmKind.HACKED_ACCOUNT);
    }

    private int mask(Long caseId) {
        return jdbc.queryForObject("select harm_mask from case_file where id = ?", Integer.class, caseId);
    }

    @Test
    @WithUserDetails("lotte")
    void anUnknownSortPropertyIsRefusedRatherThanPassedToTheDatabase() {
        for (String property : List.of("summary", "client_alias", "priority; drop table case_file", "id")) {
            assertThatThrownBy(() -> queries.find(CaseFilter.NONE, PageRequest.of(0, 10, Sort.by(property))))
                    .as(property).isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.invalid-sort"));
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Three cases of Lotte's, one of Karim's and one of Inès's, sharing an alias prefix nobody else uses. */
    private ListFixture listFixture() {
        String token = token();
        String prefix = "Lst" + token;
        Long normal = cases.open(newCase(client(prefix + " Amber", 25, 24), HarmKind.LEAKED_IMAGES));
        Long high = cases.open(newCase(client(prefix + " Bram", 16, null), HarmKind.SEXTORTION));
        Long urgent = cases.open(newCase(new ClientDetails(prefix.toLowerCase(Locale.ROOT) + " Chloé", 30, null, 29,
                null, false, true, false, List.of()), HarmKind.SEXTORTION, HarmKind.DEEPFAKE));
        Long karims = support.as("karim", () -> cases.open(newCase(client(prefix + " Dries", 40, 39))));
        Long ines = support.as("ines", () -> cases.open(newCase(client(prefix + " Elif", 33, 30))));
        cases.changeStatus(normal, support.version(normal), CaseStatus.ACTIVE, null, null);
        openedAt(normal, "2025-03-10T09:00:00Z");
        openedAt(high, "2025-03-12T22:30:00Z");
        openedAt(urgent, "2025-03-12T23:30:00Z");
        openedAt(karims, "2025-03-11T10:00:00Z");
        openedAt(ines, "2025-03-12T10:00:00Z");
        return new ListFixture(prefix.toLowerCase(Locale.ROOT), normal, high, urgent, karims, ines);
    }

    private record ListFixture(String prefix, Long normal, Long high, Long urgent, Long karims, Long ines) {
    }

    private void openedAt(Long caseId, String instant) {
        jdbc.update("update case_file set opened_at = ? where id = ?", Timestamp.from(Instant.parse(instant)), caseId);
    }

    private List<Long> ids(CaseFilter filter) {
        return queries.find(filter, PageRequest.of(0, 50)).getContent().stream().map(CaseListItem::id).toList();
    }

    private static CaseFilter filterText(String text) {
        return new CaseFilter(Set.of(), null, null, null, null, null, null, text);
    }

    private static CaseFilter filter(Set<CaseStatus> statuses, HarmKind harm, Priority priority, LocalDate from,
                                     LocalDate to, String text) {
        return new CaseFilter(statuses, harm, priority, null, null, from, to, text);
    }

    private List<TimelineItem> timeline(Long caseId) {
        return queries.timeline(caseId, PageRequest.of(0, 100)).getContent();
    }
}
