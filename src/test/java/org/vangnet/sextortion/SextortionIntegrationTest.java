package org.vangnet.sextortion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vangnet.sextortion.SextortionTestSupport.uniqueHandle;
import static org.vangnet.sextortion.SextortionTestSupport.uniqueMobile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.cases.CaseHeaderNote;
import org.vangnet.cases.CaseNotAccessibleException;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.Priority;

/** The sextortion log against the real database, security and the cases module. */
@SpringBootTest
class SextortionIntegrationTest {

    @Autowired
    ExtorterService extorters;
    @Autowired
    ContactLogService contacts;
    @Autowired
    MoneyRecoveryService recoveries;
    @Autowired
    SextortionQueries queries;
    @Autowired
    CaseService cases;
    @Autowired
    CaseQueries caseQueries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    Clock clock;

    SextortionTestSupport support;

    @BeforeEach
    void setUp() {
        support = new SextortionTestSupport(userDetails, jdbc, securityContext);
    }

    /** Opens a case as {@code username} with one extorter holding {@code identifier}; returns [case, extorter, identifier]. */
    private Long[] caseWith(String username, NewIdentifier identifier) {
        Long caseId = support.openCase(cases, username, "Client " + username);
        return support.as(username, () -> {
            Long extorterId = extorters.add(caseId, null, null);
            Long identifierId = extorters.addIdentifier(caseId, extorterId, identifier);
            return new Long[] {caseId, extorterId, identifierId};
        });
    }

    private ContactEntry demandWithDeadline(Instant deadline) {
        return new ContactEntry(clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES),
                Platform.INSTAGRAM, null, Set.of(Demand.MONEY, Demand.MORE_IMAGES), new BigDecimal("500"), "EUR",
                deadline, "Stuurt de video naar je klasgenoten", false, null, null, null,
                Set.of(Advice.DO_NOT_PAY, Advice.CAPTURE_EVIDENCE));
    }

    // --- matching --------------------------------------------------------------------------------

    @Test
    void theSameExtorterPhoneTypedTwoWaysInTwoCasesIsOneMatchOnEachCase() {
        String[] phone = uniqueMobile();
        Long[] first = caseWith("lotte", NewIdentifier.of(IdentifierKind.PHONE, phone[0]));
        Long[] second = caseWith("lotte", NewIdentifier.of(IdentifierKind.PHONE, phone[1]));

        var onFirst = support.as("lotte", () -> queries.matches(first[0]));
        var onSecond = support.as("lotte", () -> queries.matches(second[0]));

        assertThat(onFirst).containsOnlyKeys(first[2]);
        assertThat(onFirst.get(first[2]).otherCases()).isEqualTo(1);
        assertThat(onFirst.get(first[2]).visible()).extracting(IdentifierMatch.LinkedCase::caseId)
                .containsExactly(second[0]);
        assertThat(onSecond.get(second[2]).otherCases()).isEqualTo(1);
        assertThat(onSecond.get(second[2]).visible()).extracting(IdentifierMatch.LinkedCase::caseId)
                .containsExactly(first[0]);
        assertThat(jdbc.queryForList("select value from extorter_identifier where id in (?, ?)", String.class,
                first[2], second[2])).map(cipher::decrypt).containsOnly(phone[2]);
    }

    @Test
    void aCounsellorOfAnotherTeamLearnsOnlyTheCountNotTheReference() {
        String[] phone = uniqueMobile();
        Long[] lottes = caseWith("lotte", NewIdentifier.of(IdentifierKind.PHONE, phone[0]));
        Long[] ines = caseWith("ines", NewIdentifier.of(IdentifierKind.PHONE, "0032" + phone[2].substring(3)));
        String lottesReference = jdbc.queryForObject("select reference from case_file where id = ?", String.class,
                lottes[0]);

        var match = support.as("ines", () -> queries.matches(ines[0])).get(ines[2]);

        assertThat(match.otherCases()).isEqualTo(1);
        assertThat(match.visible()).isEmpty();
        assertThat(match.notShown()).isEqualTo(1);
        assertThat(support.timelineArguments(ines[0], "timeline.sextortion.match"))
                .singleElement().asString().contains("1").doesNotContain(lottesReference);
        assertThatThrownBy(() -> support.as("ines", () -> caseQueries.get(lottes[0])))
                .isInstanceOf(CaseNotAccessibleException.class);
    }

    @Test
    void aColleagueOfTheSameTeamWhoIsNotOnTheOtherCaseAlsoLearnsOnlyTheCount() {
        String handle = uniqueHandle();
        caseWith("lotte", NewIdentifier.username(Platform.SNAPCHAT, "@" + handle.toUpperCase()));
        Long[] karims = caseWith("karim", NewIdentifier.username(Platform.SNAPCHAT, handle));

        var match = support.as("karim", () -> queries.matches(karims[0])).get(karims[2]);

        assertThat(match.otherCases()).isEqualTo(1);
        assertThat(match.visible()).isEmpty();
    }

    @Test
    void theTeamSupervisorSeesTheLinkedCaseAndMayOpenIt() {
        String handle = uniqueHandle();
        Long[] lottes = caseWith("lotte", NewIdentifier.username(Platform.INSTAGRAM, "@" + handle.toUpperCase()));
        Long[] karims = caseWith("karim", NewIdentifier.username(Platform.INSTAGRAM, handle));
        Long[] ines = caseWith("ines", NewIdentifier.username(Platform.INSTAGRAM, handle));

        var match = support.as("sofie", () -> queries.matches(karims[0])).get(karims[2]);

        assertThat(match.otherCases()).isEqualTo(2);
        assertThat(match.visible()).extracting(IdentifierMatch.LinkedCase::caseId).containsExactly(lottes[0]);
        assertThat(match.visible().getFirst().reference()).matches("VN-\\d{4}-\\d{6}");
        assertThat(match.notShown()).as("Inès's case of Team Brussel is counted, not named").isEqualTo(1);
        assertThat(support.as("sofie", () -> caseQueries.get(lottes[0])).id()).isEqualTo(lottes[0]);
        assertThat(support.as("ines", () -> queries.matches(ines[0])).get(ines[2]).otherCases()).isEqualTo(2);
    }

    @Test
    void aUsernameOnAnotherPlatformIsNoMatch() {
        String handle = uniqueHandle();
        caseWith("lotte", NewIdentifier.username(Platform.INSTAGRAM, handle));
        Long[] other = caseWith("lotte", NewIdentifier.username(Platform.TIKTOK, handle));

        assertThat(support.as("lotte", () -> queries.matches(other[0]))).isEmpty();
    }

    @Test
    void theMatchLookupIsAuditedAsARead() {
        String[] phone = uniqueMobile();
        caseWith("lotte", NewIdentifier.of(IdentifierKind.PHONE, phone[0]));
        Long[] second = caseWith("karim", NewIdentifier.of(IdentifierKind.PHONE, phone[1]));
        long before = support.audit("READ", "EXTORTER_MATCH", second[0], "karim");

        support.as("karim", () -> queries.matches(second[0]));

        assertThat(support.audit("READ", "EXTORTER_MATCH", second[0], "karim")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                select detail from audit_event where action = 'READ' and object_type = 'EXTORTER_MATCH'
                  and object_id = ? order by id desc limit 1""", String.class, second[0].toString()))
                .isEqualTo("identifiers-matched:1,cases-shown:0");
    }

    @Test
    void aMatchFoundWhenRecordingAnIdentifierIsOnTheTimelineAsACount() {
        String[] phone = uniqueMobile();
        Long[] first = caseWith("lotte", NewIdentifier.of(IdentifierKind.PHONE, phone[0]));
        Long[] second = caseWith("lotte", NewIdentifier.of(IdentifierKind.PHONE, phone[1]));

        assertThat(support.timelineKeys(first[0])).contains("timeline.sextortion.identifier-added")
                .doesNotContain("timeline.sextortion.match");
        assertThat(support.timelineKeys(second[0])).contains("timeline.sextortion.extorter-added",
                "timeline.sextortion.identifier-added", "timeline.sextortion.match");
        assertThat(support.timelineArguments(second[0], "timeline.sextortion.match"))
                .containsExactly("t:sextortion.kind.PHONE\u001f1");
    }

    @Test
    void removingAnIdentifierEndsTheMatch() {
        String wallet = "0x" + "%040x".formatted(new java.math.BigInteger(uniqueHandle().getBytes()).mod(
                java.math.BigInteger.TWO.pow(160)));
        Long[] first = caseWith("lotte", NewIdentifier.of(IdentifierKind.CRYPTO_WALLET, wallet.toUpperCase().replace("0X", "0x")));
        Long[] second = caseWith("lotte", NewIdentifier.of(IdentifierKind.CRYPTO_WALLET, wallet));
        assertThat(support.as("lotte", () -> queries.matches(second[0]))).isNotEmpty();

        support.as("lotte", () -> extorters.removeIdentifier(first[0], first[2]));

        assertThat(support.as("lotte", () -> queries.matches(second[0]))).isEmpty();
        assertThat(support.audit("DELETE", "EXTORTER_IDENTIFIER", first[2], "lotte")).isEqualTo(1);
        assertThat(support.timelineKeys(first[0])).contains("timeline.sextortion.identifier-removed");
    }

    @Test
    void twoExtortersOfOneOtherCaseWithTheSameNumberCountAsOneCase() {
        String[] phone = uniqueMobile();
        Long[] other = caseWith("lotte", NewIdentifier.of(IdentifierKind.PHONE, phone[0]));
        support.as("lotte", () -> {
            Long second = extorters.add(other[0], "Tweede account", null);
            extorters.addIdentifier(other[0], second, NewIdentifier.of(IdentifierKind.PHONE, phone[1]));
        });
        Long[] mine = caseWith("lotte", NewIdentifier.of(IdentifierKind.PHONE, phone[2]));

        assertThat(support.as("lotte", () -> queries.matches(mine[0])).get(mine[2]).otherCases()).isEqualTo(1);
    }

    // --- validation ------------------------------------------------------------------------------

    @Test
    void anInvalidIdentifierIsRefusedForItsFieldAndNothingIsSaved() {
        Long[] existing = caseWith("lotte", NewIdentifier.of(IdentifierKind.IBAN, "BE68 5390 0754 7034"));
        long before = jdbc.queryForObject("select count(*) from extorter_identifier where case_id = ?", Long.class,
                existing[0]);

        assertThatThrownBy(() -> support.as("lotte", () -> extorters.addIdentifier(existing[0], existing[1],
                NewIdentifier.of(IdentifierKind.IBAN, "BE69 5390 0754 7034"))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("value");
                    assertThat(e.messageKey()).isEqualTo("validation.iban.invalid");
                });
        assertThat(jdbc.queryForObject("select count(*) from extorter_identifier where case_id = ?", Long.class,
                existing[0])).isEqualTo(before);
    }

    @Test
    void theSameIdentifierTwiceOnOneExtorterIsRefused() {
        String[] phone = uniqueMobile();
        Long[] existing = caseWith("lotte", NewIdentifier.of(IdentifierKind.PHONE, phone[0]));

        assertThatThrownBy(() -> support.as("lotte", () -> extorters.addIdentifier(existing[0], existing[1],
                NewIdentifier.of(IdentifierKind.PHONE, phone[1]))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.identifier.duplicate"));
    }

    @Test
    void anExtorterOfAnotherCaseCannotBeUsed() {
        Long[] lottes = caseWith("lotte", NewIdentifier.of(IdentifierKind.PHONE, uniqueMobile()[0]));
        Long other = support.openCase(cases, "lotte", "Ander");

        assertThatThrownBy(() -> support.as("lotte", () -> extorters.addIdentifier(other, lottes[1],
                NewIdentifier.of(IdentifierKind.PHONE, uniqueMobile()[0]))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.not-found"));
        assertThatThrownBy(() -> support.as("lotte", () -> contacts.log(other, lottes[1],
                demandWithDeadline(null)))).isInstanceOf(DomainException.class);
    }

    // --- deadlines and priority ------------------------------------------------------------------

    @Test
    void aDeadlineInTheFutureMakesTheCaseUrgentAndShowsOnTheHeader() {
        Long[] mine = caseWith("lotte", NewIdentifier.username(Platform.INSTAGRAM, uniqueHandle()));
        assertThat(support.as("lotte", () -> caseQueries.get(mine[0])).priority()).isEqualTo(Priority.NORMAL);
        Instant deadline = clock.instant().plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.MINUTES);

        Long contactId = support.as("lotte", () -> contacts.log(mine[0], mine[1], demandWithDeadline(deadline)));

        var details = support.as("lotte", () -> caseQueries.get(mine[0]));
        assertThat(details.priority()).isEqualTo(Priority.URGENT);
        assertThat(details.client().deadlineRunning()).isTrue();
        assertThat(support.as("lotte", () -> caseQueries.headerNotes(mine[0]).stream()
                .filter(n -> n.messageKey().startsWith("sextortion.")).toList()))
                .containsExactly(new CaseHeaderNote("sextortion.header.deadline", deadline, true));
        assertThat(support.timelineKeys(mine[0])).contains("timeline.sextortion.contact-logged-deadline",
                "timeline.case.deadline-running");
        assertThat(support.timelineArguments(mine[0], "timeline.sextortion.contact-logged-deadline"))
                .containsExactly("t:sextortion.channel.INSTAGRAM\u001ft:sextortion.demands.MONEY-MORE_IMAGES");
        assertThat(support.audit("CREATE", "EXTORTION_CONTACT", contactId, "lotte")).isEqualTo(1);
        assertThat(support.audit("UPDATE", "CASE", mine[0], "lotte")).isEqualTo(1);
        assertThat(support.as("lotte", () -> caseQueries.openItems(mine[0]))).contains("sextortion.open-item.deadline");
    }

    @Test
    void theNearestRunningDeadlineIsTheOneOnTheHeader() {
        Long[] mine = caseWith("lotte", NewIdentifier.username(Platform.INSTAGRAM, uniqueHandle()));
        Instant later = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        Instant sooner = clock.instant().plus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MINUTES);

        support.as("lotte", () -> {
            contacts.log(mine[0], mine[1], demandWithDeadline(later));
            contacts.log(mine[0], mine[1], demandWithDeadline(sooner));
        });

        assertThat(support.as("lotte", () -> caseQueries.headerNotes(mine[0]).stream()
                .filter(n -> n.messageKey().startsWith("sextortion.")).toList())).extracting(CaseHeaderNote::at)
                .containsExactly(sooner);
        assertThat(support.timelineKeys(mine[0])).filteredOn("timeline.case.deadline-running"::equals)
                .as("the case is flagged once").hasSize(1);
    }

    @Test
    void aDeadlineAlreadyPassedLeavesThePriorityAloneAndTheHeaderEmpty() {
        Long[] mine = caseWith("lotte", NewIdentifier.username(Platform.INSTAGRAM, uniqueHandle()));
        var entry = new ContactEntry(clock.instant().minus(Duration.ofDays(3)), Platform.WHATSAPP, null,
                Set.of(Demand.MONEY), new BigDecimal("200"), "EUR", clock.instant().minus(Duration.ofDays(2)), null,
                false, null, null, null, Set.of());

        support.as("lotte", () -> contacts.log(mine[0], mine[1], entry));

        assertThat(support.as("lotte", () -> caseQueries.get(mine[0])).priority()).isEqualTo(Priority.NORMAL);
        assertThat(support.as("lotte", () -> caseQueries.headerNotes(mine[0]).stream()
                .filter(n -> n.messageKey().startsWith("sextortion.")).toList())).isEmpty();
        assertThat(support.timelineKeys(mine[0])).contains("timeline.sextortion.contact-logged")
                .doesNotContain("timeline.case.deadline-running");
    }

    // --- writes: audit, timeline, locking --------------------------------------------------------

    @Test
    void everyWriteIsAuditedAndOnTheTimeline() {
        Long caseId = support.openCase(cases, "karim", "Schrijver");
        support.as("karim", () -> {
            Long extorterId = extorters.add(caseId, "Lisa_x", null);
            extorters.describe(caseId, extorterId, 0, "Lisa_x (nepprofiel)", "Engelstalig, zegt 19 te zijn");
            Long identifierId = extorters.addIdentifier(caseId, extorterId,
                    NewIdentifier.transferReference(TransferService.WESTERN_UNION, "987 654 3210"));
            var paid = new ContactEntry(clock.instant().minus(Duration.ofHours(2)), Platform.SNAPCHAT, null,
                    Set.of(Demand.MONEY), new BigDecimal("300"), "EUR", null, null, true, new BigDecimal("150"), "EUR",
                    PaymentMethod.MONEY_TRANSFER, Set.of(Advice.DO_NOT_PAY, Advice.BLOCK_AND_REPORT));
            Long contactId = contacts.log(caseId, extorterId, paid);
            Long recoveryId = recoveries.report(caseId, extorterId, new RecoveryEntry(LocalDate.now(clock), "Western Union",
                    "WU-778", new BigDecimal("150"), "EUR", RecoveryOutcome.PENDING, null));
            recoveries.change(caseId, recoveryId, 0, new RecoveryEntry(LocalDate.now(clock), "Western Union", "WU-778",
                    new BigDecimal("150"), "EUR", RecoveryOutcome.PARTLY_RECOVERED, new BigDecimal("100")));

            assertThat(support.audit("CREATE", "EXTORTER", extorterId, "karim")).isEqualTo(1);
            assertThat(support.audit("UPDATE", "EXTORTER", extorterId, "karim")).isEqualTo(1);
            assertThat(support.audit("CREATE", "EXTORTER_IDENTIFIER", identifierId, "karim")).isEqualTo(1);
            assertThat(support.audit("CREATE", "EXTORTION_CONTACT", contactId, "karim")).isEqualTo(1);
            assertThat(support.audit("CREATE", "MONEY_RECOVERY", recoveryId, "karim")).isEqualTo(1);
            assertThat(support.audit("UPDATE", "MONEY_RECOVERY", recoveryId, "karim")).isEqualTo(1);
        });
        assertThat(support.timelineKeys(caseId)).contains("timeline.sextortion.extorter-added",
                "timeline.sextortion.extorter-described", "timeline.sextortion.identifier-added",
                "timeline.sextortion.contact-logged", "timeline.sextortion.client-paid",
                "timeline.sextortion.recovery-reported", "timeline.sextortion.recovery-changed");
        assertThat(jdbc.queryForList("select detail from audit_event where object_type like 'EXTORT%' or "
                + "object_type = 'MONEY_RECOVERY'", String.class))
                .as("audit details carry codes, never what was typed")
                .noneMatch(d -> d != null && (d.contains("Lisa") || d.contains("9876543210") || d.contains("WU-778")));
        var log = support.as("karim", () -> queries.extorters(caseId));
        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("Lisa_x (nepprofiel)");
            assertThat(e.identifiers()).singleElement().extracting(IdentifierView::value).isEqualTo("9876543210");
            assertThat(e.contacts()).singleElement().extracting(ContactView::paymentMethod)
                    .isEqualTo(PaymentMethod.MONEY_TRANSFER);
            assertThat(e.recoveries()).singleElement().satisfies(r -> {
                assertThat(r.outcome()).isEqualTo(RecoveryOutcome.PARTLY_RECOVERED);
                assertThat(r.recovered()).isEqualByComparingTo("100");
            });
        });
        assertThat(support.audit("READ", "SEXTORTION", caseId, "karim")).isEqualTo(1);
    }

    @Test
    void editingAContactThatSomeoneElseChangedMeanwhileIsRefused() {
        Long[] mine = caseWith("lotte", NewIdentifier.username(Platform.TELEGRAM, uniqueHandle()));
        Long contactId = support.as("lotte", () -> contacts.log(mine[0], mine[1], demandWithDeadline(null)));
        support.as("lotte", () -> contacts.change(mine[0], contactId, 0, demandWithDeadline(null)));

        assertThatThrownBy(() -> support.as("lotte", () -> contacts.change(mine[0], contactId, 0,
                demandWithDeadline(null)))).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> support.as("lotte", () -> extorters.describe(mine[0], mine[1], 7, "x", null)))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aPaymentLearnedLaterIsOnTheTimelineOnce() {
        Long[] mine = caseWith("lotte", NewIdentifier.username(Platform.TELEGRAM, uniqueHandle()));
        Long contactId = support.as("lotte", () -> contacts.log(mine[0], mine[1], demandWithDeadline(null)));
        var base = demandWithDeadline(null);
        var paid = new ContactEntry(base.occurredAt(), base.channel(), null, base.demands(), base.amount(),
                base.currency(), null, base.threat(), true, new BigDecimal("50"), "EUR", PaymentMethod.GIFT_CARD,
                base.advice());

        support.as("lotte", () -> contacts.change(mine[0], contactId, 0, paid));
        support.as("lotte", () -> contacts.change(mine[0], contactId, 1, paid));

        assertThat(support.timelineKeys(mine[0])).filteredOn("timeline.sextortion.client-paid"::equals).hasSize(1);
        assertThat(support.timelineKeys(mine[0])).filteredOn("timeline.sextortion.contact-changed"::equals).hasSize(2);
    }

    @Test
    void aPendingRecoveryIsAnOpenItemBeforeClosing() {
        Long[] mine = caseWith("lotte", NewIdentifier.of(IdentifierKind.IBAN, "NL91 ABNA 0417 1643 00"));
        support.as("lotte", () -> recoveries.report(mine[0], mine[1], new RecoveryEntry(LocalDate.now(clock), "ING",
                null, new BigDecimal("80"), "EUR", RecoveryOutcome.PENDING, null)));

        assertThat(support.as("lotte", () -> caseQueries.openItems(mine[0]))).contains("sextortion.open-item.recovery");
    }

    // --- access ----------------------------------------------------------------------------------

    @Test
    void anotherTeamCanNeitherReadNorWriteTheLogAndTheAttemptIsAudited() {
        Long[] lottes = caseWith("lotte", NewIdentifier.of(IdentifierKind.PHONE, uniqueMobile()[0]));
        long before = support.audit("ACCESS_DENIED", "CASE", lottes[0], "ines");

        assertThatThrownBy(() -> support.as("ines", () -> queries.extorters(lottes[0])))
                .isInstanceOf(CaseNotAccessibleException.class);
        assertThatThrownBy(() -> support.as("ines", () -> queries.matches(lottes[0])))
                .isInstanceOf(CaseNotAccessibleException.class);
        assertThatThrownBy(() -> support.as("ines", () -> extorters.addIdentifier(lottes[0], lottes[1],
                NewIdentifier.of(IdentifierKind.PHONE, uniqueMobile()[0])))).isInstanceOf(CaseNotAccessibleException.class);

        assertThat(support.audit("ACCESS_DENIED", "CASE", lottes[0], "ines")).isEqualTo(before + 3);
        assertThat(support.audit("READ", "EXTORTER_MATCH", lottes[0], "ines")).isZero();
    }

    @Test
    void instituteStaffAndAdministratorsCannotUseTheLogAtAll() {
        Long[] lottes = caseWith("lotte", NewIdentifier.of(IdentifierKind.PHONE, uniqueMobile()[0]));

        for (String user : new String[] {"nadia", "admin"}) {
            assertThatThrownBy(() -> support.as(user, () -> queries.matches(lottes[0])))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> support.as(user, () -> extorters.add(lottes[0], null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void copyingAllIdentifiersIsAuditedAsAnExport() {
        Long[] mine = caseWith("lotte", NewIdentifier.of(IdentifierKind.EMAIL, uniqueHandle() + "@Example.org"));
        support.as("lotte", () -> extorters.addIdentifier(mine[0], mine[1],
                NewIdentifier.of(IdentifierKind.PROFILE_URL, "https://www.instagram.com/" + uniqueHandle() + "/?igsh=x")));

        var exported = support.as("lotte", () -> queries.exportIdentifiers(mine[0], mine[1]));

        assertThat(exported).hasSize(2).extracting(IdentifierView::kind)
                .containsExactly(IdentifierKind.EMAIL, IdentifierKind.PROFILE_URL);
        assertThat(exported.get(0).value()).endsWith("@example.org");
        assertThat(exported.get(1).value()).doesNotContain("igsh");
        assertThat(support.audit("EXPORT", "EXTORTER", mine[1], "lotte")).isEqualTo(1);
    }
}
