package org.vangnet.cases;

import org.springframework.security.test.context.support.WithUserDetails;
import org.vangnet.security.StepUpRequiredException;
import org.springframework.data.domain.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.DomainException;
import org.vangnet.followups.FollowUpKind;
import org.vangnet.followups.FollowUpService;
import org.vangnet.followups.FollowUpTestConfiguration;
import org.vangnet.followups.MutableClock;
import org.vangnet.followups.NewFollowUp;
import org.vangnet.sextortion.Advice;
import org.vangnet.sextortion.ContactEntry;
import org.vangnet.sextortion.ContactLogService;
import org.vangnet.sextortion.Demand;
import org.vangnet.sextortion.ExtorterService;
import org.vangnet.sextortion.IdentifierKind;
import org.vangnet.sextortion.MoneyRecoveryService;
import org.vangnet.sextortion.NewIdentifier;
import org.vangnet.sextortion.PaymentMethod;
import org.vangnet.sextortion.Platform;
import org.vangnet.sextortion.RecoveryEntry;
import org.vangnet.sextortion.RecoveryOutcome;
import org.vangnet.sextortion.SextortionTestSupport;
import org.vangnet.takedowns.HashService;
import org.vangnet.takedowns.HashSubmissions;
import org.vangnet.takedowns.ItemKind;
import org.vangnet.takedowns.NewTakedown;
import org.vangnet.takedowns.OnBehalfOf;
import org.vangnet.takedowns.ReportRoute;
import org.vangnet.takedowns.TakedownItem;
import org.vangnet.takedowns.TakedownService;
import org.vangnet.takedowns.TakedownStatus;
import org.vangnet.base.time.HelplineZone;

/**
 * Retention and erasure against the real database: a case filled with personal data in every
 * module, through the services, loses all of it after the retention period while the figures
 * stay; a case closed recently keeps everything; only a supervisor of the case's team may erase
 * on request. Shares the follow-up tests' context, whose clock the tests move.
 */
@SpringBootTest(properties = {FollowUpTestConfiguration.CONTEXT, FollowUpTestConfiguration.NO_CRON})
@Import(FollowUpTestConfiguration.class)
class RetentionIntegrationTest {

    @Autowired
    FieldCipher cipher;
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
    EvidenceService evidence;
    @Autowired
    TakedownService takedowns;
    @Autowired
    HashSubmissions hashes;
    @Autowired
    ExtorterService extorters;
    @Autowired
    ContactLogService extortionContacts;
    @Autowired
    MoneyRecoveryService recoveries;
    @Autowired
    FollowUpService followUps;
    @Autowired
    RetentionService retention;
    @Autowired
    CaseErasureService erasure;
    @Autowired
    RetentionJob job;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Value("${vangnet.evidence.directory}")
    String evidenceDirectory;

    CaseTestSupport support;

    @BeforeEach
    void startNowWithTwoYears() {
        clock.reset();
        support = new CaseTestSupport(users, jdbc, securityContext);
        support.as("admin", () -> retention.change(retention.settings().version(), 24));
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void afterTheRetentionPeriodNoPersonalDataOfTheCaseIsLeftAnywhereWhileTheFiguresStay() throws Exception {
        String sentinel = sentinel();
        var seeded = seedCaseWithEverything(sentinel);
        Long caseId = seeded.caseId();
        Path storedFile = Path.of(evidenceDirectory).resolve(seeded.storageKey());
        assertThat(storedFile).exists();
        // The scan finds the sentinel wherever it was typed: it would find any that stays.
        assertThat(columnsContaining(sentinel)).contains("case_file.client_alias", "case_file.summary (decrypted)",
                "client_contact.value (decrypted)", "case_timeline_entry.body (decrypted)",
                "case_referral.other_name (decrypted)", "police_complaint.police_zone (decrypted)",
                "police_complaint.record_number (decrypted)", "police_complaint.notes (decrypted)",
                "case_evidence.description (decrypted)", "case_evidence.item (decrypted)",
                "case_evidence.platform", "case_evidence.file_name (decrypted)",
                "takedown_request.content_description (decrypted)", "takedown_request.ticket_number (decrypted)",
                "takedown_request.decision_text (decrypted)", "takedown_item.value (decrypted)",
                "hash_submission.case_number", "extorter.label (decrypted)", "extorter.notes (decrypted)",
                "extorter_identifier.value (decrypted)", "extortion_contact.threat (decrypted)",
                "extortion_contact.channel_other (decrypted)", "money_recovery.institution (decrypted)",
                "money_recovery.reference (decrypted)", "follow_up.note (decrypted)",
                "follow_up.outcome_note (decrypted)", "follow_up_reschedule.reason (decrypted)");
        assertThat(columnsContaining(seeded.clientPhone())).contains("client_contact.value (decrypted)")
                .doesNotContain("client_contact.value");
        assertThat(columnsContaining(seeded.extorterPhone())).contains("extorter_identifier.value (decrypted)")
                .doesNotContain("extorter_identifier.value");
        long timelineBefore = count("select count(*) from case_timeline_entry where case_id = ?", caseId);

        clock.advance(Duration.ofDays(24 * 31 + 2));
        Long recentlyClosed = support.as("lotte", () -> {
            Long id = cases.open(CaseTestSupport.newCase(CaseTestSupport.client("ZZKEEP" + sentinel, 30, 29)));
            notes.addNote(id, "ZZKEEP note " + sentinel);
            cases.changeStatus(id, support.version(id), CaseStatus.CLOSED, null, ClosingReason.RESOLVED);
            return id;
        });
        var outcome = job.pseudonymiseExpired();

        assertThat(outcome.failed()).isZero();
        assertThat(outcome.pseudonymised()).isPositive();
        // Nothing typed about the client or the extorter is left, in any column of any table, the audit trail included.
        assertThat(columnsContaining(sentinel)).as("columns still holding the sentinel")
                .containsOnly("case_file.client_alias", "case_timeline_entry.body (decrypted)");
        assertThat(count("select count(*) from case_file where client_alias like ? and id <> ?", "%" + sentinel + "%",
                recentlyClosed)).isZero();
        assertThat(count("select count(*) from case_timeline_entry where body like ? and case_id <> ?",
                "%" + sentinel + "%", recentlyClosed)).isZero();
        assertThat(columnsContaining(seeded.clientPhone())).isEmpty();
        assertThat(columnsContaining(seeded.extorterPhone())).isEmpty();
        assertThat(storedFile).doesNotExist();
        assertThat(Files.exists(storedFile)).isFalse();

        // What the figures need stays.
        var row = jdbc.queryForMap("select * from case_file where id = ?", caseId);
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat(row.get("closing_reason")).isEqualTo("RESOLVED");
        assertThat(row.get("intake_channel")).isEqualTo("PHONE");
        assertThat(row.get("team_id")).isEqualTo(support.teamId("Team Gent"));
        assertThat(row.get("counsellor_id")).isEqualTo(support.userId("lotte"));
        assertThat(row.get("opened_at")).isNotNull();
        assertThat(row.get("closed_at")).isNotNull();
        assertThat(row.get("priority")).isEqualTo(2);
        assertThat(row.get("minor_involved")).isEqualTo(false);
        assertThat(row.get("pseudonymisation_reason")).isEqualTo("RETENTION_EXPIRED");
        assertThat(row.get("pseudonymised_at")).isNotNull();
        assertThat(row.get("client_alias")).isEqualTo(Pseudonymisation.PLACEHOLDER);
        assertThat(row.get("client_age_now")).isNull();
        assertThat(row.get("client_birth_year")).isNull();
        assertThat(row.get("age_at_images")).isNull();
        assertThat(row.get("summary")).isNull();
        assertThat(jdbc.queryForList("select kind from case_harm where case_id = ? order by kind", String.class, caseId))
                .containsExactly("LEAKED_IMAGES", "SEXTORTION");
        assertThat(count("select count(*) from client_contact where case_id = ?", caseId)).isZero();
        assertThat(count("select count(*) from case_evidence where case_id = ?", caseId)).isZero();
        assertThat(count("select count(*) from case_consent where case_id = ? and given", caseId)).isEqualTo(2);
        assertThat(jdbc.queryForMap("select partner, status from case_referral where case_id = ?", caseId))
                .containsEntry("partner", "OTHER").containsEntry("status", "MADE");
        assertThat(jdbc.queryForMap("select wish, filed_on from police_complaint where case_id = ?", caseId))
                .containsEntry("wish", "WANTED").extractingByKey("filed_on").isNotNull();
        var takedown = jdbc.queryForMap("select * from takedown_request where case_id = ?", caseId);
        assertThat(takedown).containsEntry("status", "REFUSED").containsEntry("route", "WEB_FORM")
                .containsEntry("platform_id", platform("INSTAGRAM")).containsEntry("case_reference", seeded.reference());
        assertThat(takedown.get("submitted_at")).isNotNull();
        assertThat(takedown.get("decided_at")).isNotNull();
        assertThat(takedown.get("ticket_number")).isNull();
        assertThat(jdbc.queryForList("select to_status from takedown_transition where request_id = ? order by id",
                String.class, takedown.get("id"))).containsExactly("EVIDENCE_CAPTURED", "SUBMITTED", "REFUSED");
        assertThat(jdbc.queryForList("select kind from takedown_item where request_id = ?", String.class,
                takedown.get("id"))).containsExactly("URL");
        // Nor is the case found by its link any more (decision 035).
        assertThat(count("select count(*) from takedown_item where request_id = ? and link_hash is not null",
                takedown.get("id"))).isZero();
        assertThat(count("select item_count from hash_submission where case_id = ?", caseId)).isEqualTo(2);
        var contact = jdbc.queryForMap("select * from extortion_contact where case_id = ?", caseId);
        assertThat((BigDecimal) contact.get("amount")).isEqualByComparingTo("500");
        assertThat(contact).containsEntry("currency", "EUR").containsEntry("paid", true)
                .containsEntry("payment_method", "BANK_TRANSFER").containsEntry("channel", "OTHER");
        assertThat(jdbc.queryForList("select demand from extortion_contact_demand where contact_id = ?", String.class,
                contact.get("id"))).containsExactly("MONEY");
        assertThat((BigDecimal) jdbc.queryForObject("select amount from money_recovery where case_id = ?",
                BigDecimal.class, caseId)).isEqualByComparingTo("200");
        assertThat(jdbc.queryForList("select status from follow_up where case_id = ?", String.class, caseId))
                .isNotEmpty().doesNotContain("OPEN");

        // The timeline keeps every entry (notes without their text) and says what happened.
        assertThat(count("select count(*) from case_timeline_entry where case_id = ?", caseId))
                .isEqualTo(timelineBefore + 1);
        assertThat(jdbc.queryForList("select body from case_timeline_entry where case_id = ? and body is not null",
                String.class, caseId)).hasSize(2).containsOnly(Pseudonymisation.PLACEHOLDER);
        assertThat(count("select count(*) from case_timeline_entry where case_id = ? and message_key = ?", caseId,
                "timeline.case.pseudonymised")).isEqualTo(1);

        // One audit row, with reason and counts only.
        var audit = jdbc.queryForList("""
                select detail from audit_event
                where action = 'DELETE' and object_type = 'CASE' and object_id = ?""", String.class,
                String.valueOf(caseId));
        assertThat(audit).hasSize(1);
        assertThat(audit.getFirst()).startsWith("pseudonymised:RETENTION_EXPIRED;ct=3,nt=2,ev=1,fl=1,pc=1,rf=1")
                .contains("td=1", "ti=1", "hs=1", "ex=1", "xc=1", "mr=1").matches("[A-Za-z_:;,=0-9]+");

        // The case recently closed is untouched.
        assertThat(jdbc.queryForObject("select client_alias from case_file where id = ?", String.class, recentlyClosed))
                .isEqualTo("ZZKEEP" + sentinel);
        assertThat(jdbc.queryForObject("select pseudonymised_at from case_file where id = ?", Instant.class,
                recentlyClosed)).isNull();
        assertThat(jdbc.queryForList("select body from case_timeline_entry where case_id = ? and body is not null",
                String.class, recentlyClosed)).map(cipher::decrypt).containsExactly("ZZKEEP note " + sentinel);

        // And a second run finds nothing more to do for it.
        job.pseudonymiseExpired();
        assertThat(count("""
                select count(*) from audit_event where action = 'DELETE' and object_type = 'CASE' and object_id = ?""",
                String.valueOf(caseId))).isEqualTo(1);
    }

    @Test
    void anIdentifierAnotherLiveCaseSharesStaysUntilThatCaseLosesItsDataToo() {
        String[] shared = SextortionTestSupport.uniqueMobile();
        Long live = support.as("karim", () -> {
            Long id = cases.open(CaseTestSupport.newCase(CaseTestSupport.client("Live " + CaseTestSupport.token(), 22, 21),
                    HarmKind.SEXTORTION));
            extorters.addIdentifier(id, extorters.add(id, null, null), NewIdentifier.of(IdentifierKind.PHONE, shared[0]));
            return id;
        });
        Long expired = support.as("lotte", () -> {
            Long id = cases.open(CaseTestSupport.newCase(CaseTestSupport.client("Oud " + CaseTestSupport.token(), 22, 21),
                    HarmKind.SEXTORTION));
            Long extorter = extorters.add(id, null, null);
            extorters.addIdentifier(id, extorter, NewIdentifier.of(IdentifierKind.PHONE, shared[1]));
            extorters.addIdentifier(id, extorter, NewIdentifier.of(IdentifierKind.EMAIL,
                    "only." + CaseTestSupport.token() + "@example.org"));
            cases.changeStatus(id, support.version(id), CaseStatus.CLOSED, null, ClosingReason.RESOLVED);
            return id;
        });

        clock.advance(Duration.ofDays(25 * 31));
        job.pseudonymiseExpired();

        // The e-mail address only this case knew is gone; the number the live case shares stays, marked.
        assertThat(jdbc.queryForList("select kind from extorter_identifier where case_id = ? and retained_since is not null",
                String.class, expired)).containsExactly("PHONE");
        assertThat(count("select count(*) from extorter_identifier where case_id = ?", expired)).isEqualTo(1);
        assertThat(count("select count(distinct case_id) from extorter_identifier where lookup_hash = ?",
                cipher.lookupHash(shared[2])))
                .isEqualTo(2);

        clock.reset();
        support.as("karim", () -> cases.changeStatus(live, support.version(live), CaseStatus.CLOSED, null,
                ClosingReason.RESOLVED));
        support.as("sofie", () -> erasure.erase(live, support.version(live), PseudonymisationReason.CLIENT_REQUEST));

        assertThat(count("select count(*) from extorter_identifier where lookup_hash = ?", cipher.lookupHash(shared[2]))).isZero();
    }

    @Test
    void aSupervisorOfTheTeamErasesAClosedCaseOnRequestAndNothingCanBeChangedOrReopenedAfterwards() {
        String sentinel = sentinel();
        Long caseId = support.as("lotte", () -> {
            Long id = cases.open(CaseTestSupport.newCase(CaseTestSupport.client("Wis " + sentinel, 20, 19)));
            notes.addNote(id, "Te wissen " + sentinel);
            return id;
        });
        support.as("sofie", () -> {
            assertThatThrownBy(() -> erasure.erase(caseId, support.version(caseId), PseudonymisationReason.CLIENT_REQUEST))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.case.erase-not-closed"));
            cases.changeStatus(caseId, support.version(caseId), CaseStatus.CLOSED, null,
                    ClosingReason.NO_FURTHER_ACTION_WANTED);
            assertThatThrownBy(() -> erasure.erase(caseId, support.version(caseId),
                    PseudonymisationReason.RETENTION_EXPIRED))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
            assertThatThrownBy(() -> erasure.erase(caseId, support.version(caseId) - 1,
                    PseudonymisationReason.CLIENT_REQUEST))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.concurrent-change"));

            erasure.erase(caseId, support.version(caseId), PseudonymisationReason.CLIENT_REQUEST);
        });

        assertThat(columnsContaining(sentinel)).isEmpty();
        assertThat(jdbc.queryForObject("""
                select detail from audit_event
                where action = 'DELETE' and object_type = 'CASE' and object_id = ? and actor = 'sofie'""",
                String.class, String.valueOf(caseId))).startsWith("pseudonymised:CLIENT_REQUEST;");
        support.as("lotte", () -> {
            assertThatThrownBy(() -> notes.addNote(caseId, "Nog iets"))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.case.pseudonymised"));
            assertThatThrownBy(() -> cases.changeStatus(caseId, support.version(caseId), CaseStatus.REOPENED, null, null))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.case.pseudonymised"));
        });
        support.as("sofie", () -> assertThatThrownBy(() -> erasure.erase(caseId, support.version(caseId),
                PseudonymisationReason.CLIENT_REQUEST))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.case.pseudonymised")));
        assertThat(jdbc.queryForObject("select status from case_file where id = ?", String.class, caseId))
                .isEqualTo("CLOSED");
    }

    @Test
    void aSupervisorOfAnotherTeamIsRefusedAndTheRefusalIsAudited() {
        String username = "sup-" + CaseTestSupport.token();
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, role, team_id, created_at, password_changed_at)
                values (?, 'Supervisor Brussel', '{noop}x', 'SUPERVISOR', ?, now(), now())""", username,
                support.teamId("Team Brussel"));
        Long caseId = closedCase("lotte");
        long denied = support.audit("ACCESS_DENIED", "CASE", caseId, username);

        support.as(username, () -> assertThatThrownBy(() -> erasure.erase(caseId, support.version(caseId),
                PseudonymisationReason.CLIENT_REQUEST)).isInstanceOf(CaseNotAccessibleException.class));

        assertThat(support.audit("ACCESS_DENIED", "CASE", caseId, username)).isEqualTo(denied + 1);
        assertThat(jdbc.queryForObject("select pseudonymised_at from case_file where id = ?", Instant.class, caseId))
                .isNull();
    }

    @Test
    void aCounsellorCannotEraseEvenTheirOwnCase() {
        Long caseId = closedCase("lotte");

        support.as("lotte", () -> assertThatThrownBy(() -> erasure.erase(caseId, support.version(caseId),
                PseudonymisationReason.CLIENT_REQUEST)).isInstanceOf(AccessDeniedException.class));

        assertThat(jdbc.queryForObject("select pseudonymised_at from case_file where id = ?", Instant.class, caseId))
                .isNull();
    }

    @Test
    void theTimelineStaysAppendOnlyExceptForBlankingTheTextOfAPseudonymisedCase() {
        Long open = support.as("lotte", () -> {
            Long id = cases.open(CaseTestSupport.newCase(CaseTestSupport.client("Trigger " + CaseTestSupport.token(), 30, 29)));
            notes.addNote(id, "Blijft staan");
            return id;
        });
        Long noteId = jdbc.queryForObject("select id from case_timeline_entry where case_id = ? and body is not null",
                Long.class, open);
        String blank = "update case_timeline_entry set body = '" + Pseudonymisation.PLACEHOLDER + "' where id = " + noteId;

        // Without the transaction's declaration, and with it on a case that is not pseudonymised: refused.
        refusedAsAppendOnly(() -> jdbc.update(blank));
        refusedAsAppendOnly(() -> inOneTransaction("select set_config('vangnet.purge', 'on', true)", blank));

        support.as("lotte", () -> cases.changeStatus(open, support.version(open), CaseStatus.CLOSED, null,
                ClosingReason.RESOLVED));
        support.as("sofie", () -> erasure.erase(open, support.version(open), PseudonymisationReason.RECORDED_IN_ERROR));

        // Even for a pseudonymised case, no other text and no other column.
        refusedAsAppendOnly(() -> inOneTransaction("select set_config('vangnet.purge', 'on', true)",
                "update case_timeline_entry set body = 'iets anders' where id = " + noteId));
        refusedAsAppendOnly(() -> inOneTransaction("select set_config('vangnet.purge', 'on', true)",
                "update case_timeline_entry set actor = 'iemand' where id = " + noteId));
        // The audit trail has no exception at all: the application's role may not even try (decision 029).
        assertThatThrownBy(() -> inOneTransaction("select set_config('vangnet.purge', 'on', true)",
                "update audit_event set detail = null where object_id = '" + open + "'"))
                .rootCause().hasMessageContaining("permission denied for table audit_event");
    }

    @Test
    void theScheduledRunTakesTheSharedLockRow() {
        jdbc.update("delete from shedlock where name = ?", RetentionJob.LOCK);

        job.pseudonymiseExpiredCases();

        assertThat(count("select count(*) from shedlock where name = ?", RetentionJob.LOCK)).isEqualTo(1);
        jdbc.update("delete from shedlock where name = ?", RetentionJob.LOCK);
    }

    @Test
    void administratorsSetThePeriodWithinBoundsAndOthersMayNot() {
        support.as("admin", () -> {
            var before = retention.settings();
            assertThatThrownBy(() -> retention.change(before.version(), 5))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.field()).isEqualTo("months");
                        assertThat(e.messageKey()).isEqualTo("validation.retention.months");
                    });
            assertThatThrownBy(() -> retention.change(before.version(), 121)).isInstanceOf(DomainException.class);
            retention.change(before.version(), 36);
            assertThatThrownBy(() -> retention.change(before.version(), 48))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.concurrent-change"));
            assertThat(retention.settings().closedCaseMonths()).isEqualTo(36);
        });
        assertThat(count("""
                select count(*) from audit_event
                where object_type = 'RETENTION_SETTING' and actor = 'admin' and detail = 'closed-case-months:24->36'"""))
                .isPositive();
        support.as("sofie", () -> assertThatThrownBy(() -> retention.change(0, 24))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    @WithUserDetails("admin")
    void changingThePeriodNeedsARecentSecondFactor() {
        var before = support.as("admin", () -> retention.settings());

        assertThatThrownBy(() -> retention.change(before.version(), before.closedCaseMonths() + 1))
                .isInstanceOf(StepUpRequiredException.class);

        assertThat(support.as("admin", () -> retention.settings()).version()).isEqualTo(before.version());
    }

    @Test
    @WithUserDetails("sofie")
    void erasingOnRequestNeedsARecentSecondFactor() {
        Long caseId = support.as("lotte", () -> cases.open(CaseTestSupport.newCase(CaseTestSupport.client("Stap " + CaseTestSupport.token(), 30, 30))));
        support.as("lotte", () -> cases.changeStatus(caseId, support.version(caseId), CaseStatus.CLOSED, null,
                ClosingReason.RESOLVED));

        assertThatThrownBy(() -> erasure.erase(caseId, support.version(caseId), PseudonymisationReason.CLIENT_REQUEST))
                .isInstanceOf(StepUpRequiredException.class);

        assertThat(count("select count(*) from case_file where id = ? and pseudonymised_at is null", caseId)).isEqualTo(1);
    }

    /** Decisions 013 and 031: every column stored encrypted. */
    static final List<String> ENCRYPTED_COLUMNS = List.of("client_contact.value", "extorter_identifier.value",
            "case_file.summary", "case_timeline_entry.body", "police_complaint.record_number", "police_complaint.notes",
            "police_complaint.police_zone", "case_evidence.description", "case_evidence.item", "case_evidence.file_name",
            "case_referral.other_name", "takedown_request.content_description", "takedown_request.ticket_number",
            "takedown_request.decision_text", "takedown_item.value", "extorter.notes", "extorter.label",
            "extortion_contact.threat", "extortion_contact.channel_other", "money_recovery.institution",
            "money_recovery.reference", "follow_up.note", "follow_up.outcome_note", "follow_up_reschedule.reason");

    @Test
    void everyFreeTextAboutTheClientIsEncryptedInTheTablesAndReadBackByTheApplication() {
        String sentinel = sentinel();
        var seeded = seedCaseWithEverything(sentinel);

        // In plaintext, the sentinel is left only where a case must be found by it (decision 031).
        assertThat(columnsContaining(sentinel).stream().filter(c -> !c.endsWith("(decrypted)")))
                .containsExactlyInAnyOrder("case_file.client_alias", "case_evidence.platform",
                        "hash_submission.case_number");
        assertThat(columnsContaining(sentinel)).contains(ENCRYPTED_COLUMNS.stream()
                .filter(c -> !c.equals("client_contact.value") && !c.equals("extorter_identifier.value"))
                .map(c -> c + " (decrypted)").toArray(String[]::new));
        assertThat(support.as("lotte", () -> queries.get(seeded.caseId()).summary())).isEqualTo("Samenvatting " + sentinel);
        assertThat(support.as("lotte", () -> queries.timeline(seeded.caseId(), PageRequest.of(0, 50)).getContent()))
                .extracting(TimelineItem::body).contains("Notitie " + sentinel, "Correctie " + sentinel);
    }

    private Seeded seedCaseWithEverything(String sentinel) {
        String clientPhone = CaseTestSupport.randomMobile();
        String[] extorterPhone = SextortionTestSupport.uniqueMobile();
        LocalDate today = clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
        return support.as("lotte", () -> {
            int year = clock.instant().atZone(HelplineZone.ZONE).getYear();
            var client = new ClientDetails(sentinel + " Anna", 25, year - 25, 24, "nl", false, false, false,
                    List.of(CaseTestSupport.phone(clientPhone), CaseTestSupport.email("client." + sentinel + "@example.org"),
                            new ContactDetail(ContactKind.OTHER, "Signal " + sentinel, false, false, true)));
            Long caseId = cases.open(new NewCase(IntakeChannel.PHONE, client,
                    Set.of(HarmKind.LEAKED_IMAGES, HarmKind.SEXTORTION), "Samenvatting " + sentinel));
            Long note = notes.addNote(caseId, "Notitie " + sentinel);
            notes.correctNote(caseId, note, "Correctie " + sentinel);
            consents.record(caseId, ConsentAction.REPORT_IN_CLIENT_NAME, true, ConsentForm.WRITTEN);
            consents.record(caseId, ConsentAction.SHARE_WITH_INSTITUTE, true, ConsentForm.VERBAL);
            referrals.refer(caseId, Partner.OTHER, "Advocaat " + sentinel, ReferralStatus.MADE, today);
            complaints.save(caseId, new PoliceComplaintView(-1, ComplaintWish.WANTED, today, "Zone " + sentinel,
                    "PV-" + sentinel, null, "Politie " + sentinel));
            Long item = evidence.log(caseId, new NewEvidence(EvidenceKind.CHAT_SCREENSHOT, "Platform " + sentinel,
                    "Item " + sentinel, "Bewijs " + sentinel, null));
            evidence.attachFile(caseId, item, sentinel + ".png", EvidenceIntegrationTest.PNG, true);

            Long request = takedowns.create(caseId, new NewTakedown(platform("INSTAGRAM"), ReportRoute.WEB_FORM,
                    OnBehalfOf.CLIENT, List.of(new TakedownItem(ItemKind.URL,
                    "https://www.instagram.com/p/" + sentinel.toLowerCase() + "/")), "Beschrijving " + sentinel, true));
            takedowns.changeStatus(caseId, request, takedownVersion(request), TakedownStatus.SUBMITTED,
                    "TICKET-" + sentinel, null);
            takedowns.changeStatus(caseId, request, takedownVersion(request), TakedownStatus.REFUSED, null,
                    "Beslissing " + sentinel);
            hashes.record(caseId, HashService.STOPNCII, sentinel, 2, today);

            Long extorter = extorters.add(caseId, "Label " + sentinel, "Notities " + sentinel);
            extorters.addIdentifier(caseId, extorter, NewIdentifier.of(IdentifierKind.PHONE, extorterPhone[0]));
            extorters.addIdentifier(caseId, extorter, NewIdentifier.username(Platform.INSTAGRAM,
                    "@" + sentinel.toLowerCase()));
            extorters.addIdentifier(caseId, extorter, NewIdentifier.of(IdentifierKind.EMAIL,
                    sentinel.toLowerCase() + "@example.org"));
            Instant occurred = clock.instant().minus(2, ChronoUnit.DAYS);
            extortionContacts.log(caseId, extorter, new ContactEntry(occurred, Platform.OTHER, "Chat " + sentinel,
                    Set.of(Demand.MONEY), new BigDecimal("500"), "EUR", null, "Dreiging " + sentinel, true,
                    new BigDecimal("200"), "EUR", PaymentMethod.BANK_TRANSFER, Set.of(Advice.DO_NOT_PAY)));
            recoveries.report(caseId, extorter, new RecoveryEntry(today, "Bank " + sentinel, "REF-" + sentinel,
                    new BigDecimal("200"), "EUR", RecoveryOutcome.PENDING, null));

            Long manual = followUps.schedule(caseId, new NewFollowUp(FollowUpKind.OTHER,
                    clock.instant().plus(3, ChronoUnit.DAYS), null, "Opvolging " + sentinel, null, null));
            followUps.reschedule(manual, followUpVersion(manual), clock.instant().plus(5, ChronoUnit.DAYS),
                    "Uitgesteld " + sentinel);
            Long automatic = jdbc.queryForObject(
                    "select id from follow_up where case_id = ? and source <> 'MANUAL' and status = 'OPEN' limit 1",
                    Long.class, caseId);
            followUps.complete(automatic, followUpVersion(automatic), "Gebeld " + sentinel);

            cases.changeStatus(caseId, support.version(caseId), CaseStatus.CLOSED, null, ClosingReason.RESOLVED);
            String key = jdbc.queryForObject("select storage_key from case_evidence where id = ?", String.class, item);
            String reference = jdbc.queryForObject("select reference from case_file where id = ?", String.class, caseId);
            return new Seeded(caseId, reference, key, cipher.decrypt(jdbc.queryForObject(
                    "select value from client_contact where case_id = ? and kind = 'PHONE'", String.class, caseId)),
                    extorterPhone[2]);
        });
    }

    private Long closedCase(String counsellor) {
        return support.as(counsellor, () -> {
            Long id = cases.open(CaseTestSupport.newCase(CaseTestSupport.client("Dicht " + CaseTestSupport.token(), 30, 29)));
            cases.changeStatus(id, support.version(id), CaseStatus.CLOSED, null, ClosingReason.RESOLVED);
            return id;
        });
    }

    /**
     * Every text column of every table in which a value contains {@code needle}, as {@code table.column};
     * the encrypted columns are also decrypted and searched, then named {@code table.column (decrypted)}.
     */
    private List<String> columnsContaining(String needle) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("""
                select c.table_name, c.column_name
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and c.data_type in ('character varying', 'text', 'character', 'json', 'jsonb')
                order by c.table_name, c.column_name""")) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            long hits = jdbc.queryForObject("select count(*) from \"%s\" where \"%s\"::text ilike ?".formatted(table, name),
                    Long.class, "%" + needle + "%");
            if (hits > 0) {
                found.add(table + "." + name);
            }
        }
        for (String encrypted : ENCRYPTED_COLUMNS) {
            String[] part = encrypted.split("\\.");
            boolean hit = jdbc.queryForList("select %s from %s where %s is not null".formatted(part[1], part[0], part[1]),
                            String.class).stream()
                    .map(cipher::decryptIfEncrypted)
                    .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT)));
            if (hit) {
                found.add(encrypted + " (decrypted)");
            }
        }
        return found;
    }

    private static void refusedAsAppendOnly(org.assertj.core.api.ThrowableAssert.ThrowingCallable statement) {
        assertThatThrownBy(statement).satisfies(e -> assertThat(
                org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e).getMessage()).contains("append-only"));
    }

    private void inOneTransaction(String... statements) {
        new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource()))
                .executeWithoutResult(status -> {
                    for (String statement : statements) {
                        jdbc.execute(statement);
                    }
                });
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private Long platform(String code) {
        return jdbc.queryForObject("select id from platform where code = ?", Long.class, code);
    }

    private long takedownVersion(Long id) {
        return count("select version from takedown_request where id = ?", id);
    }

    private long followUpVersion(Long id) {
        return count("select version from follow_up where id = ?", id);
    }

    /** A string no other test types, and that no service would refuse (a hash service refuses anything with "pin"). */
    private static String sentinel() {
        String token;
        do {
            token = CaseTestSupport.token();
        } while (token.contains("pin"));
        return "ZZSENTINEL" + token.toUpperCase();
    }

    record Seeded(Long caseId, String reference, String storageKey, String clientPhone, String extorterPhone) {
    }
}
